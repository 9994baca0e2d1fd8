import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AuthSession,
  LoginRequest,
  LogoutRequest,
  RefreshRequest,
  RegisterRequest,
  User,
} from '@gw/shared/contracts';
import { API_BASE } from './api-base';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  register(request: RegisterRequest): Observable<User> {
    return this.http.post<User>(`${API_BASE}/auth/register`, request);
  }

  login(request: LoginRequest): Observable<AuthSession> {
    return this.http.post<AuthSession>(`${API_BASE}/auth/login`, request);
  }

  refresh(request: RefreshRequest): Observable<AuthSession> {
    return this.http.post<AuthSession>(`${API_BASE}/auth/refresh`, request);
  }

  logout(request: LogoutRequest): Observable<void> {
    return this.http.post<void>(`${API_BASE}/auth/logout`, request);
  }

  me(): Observable<User> {
    return this.http.get<User>(`${API_BASE}/me`);
  }
}
