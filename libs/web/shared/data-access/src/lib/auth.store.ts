import { Injectable, computed, inject, signal } from '@angular/core';
import { type Params, Router } from '@angular/router';
import {
  type Observable,
  catchError,
  finalize,
  firstValueFrom,
  from,
  map,
  of,
  shareReplay,
  switchMap,
  tap,
  throwError,
} from 'rxjs';
import type { AuthSession, LoginRequest, RegisterRequest, User } from '@gw/shared/contracts';
import { AuthApi } from './auth.api';

/**
 * The refresh token is kept in localStorage so that a reload keeps the session; the access token
 * only in memory. The app's CSP (`script-src 'self'`) is what keeps foreign scripts away from it.
 */
export const REFRESH_TOKEN_STORAGE_KEY = 'gw.refreshToken';

interface SessionState {
  user: User | null;
  accessToken: string | null;
}

@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly state = signal<SessionState>({ user: null, accessToken: null });
  private refreshing: Observable<string> | null = null;

  readonly user = computed(() => this.state().user);
  readonly isLoggedIn = computed(() => this.state().user !== null);

  constructor() {
    // Another tab logged out: follow it rather than fail on the next request.
    globalThis.addEventListener?.('storage', (event: StorageEvent) => {
      if (event.key === REFRESH_TOKEN_STORAGE_KEY && event.newValue === null && this.isLoggedIn()) {
        this.clear();
        void this.router.navigate(['/auth/login']);
      }
    });
  }

  accessToken(): string | null {
    return this.state().accessToken;
  }

  hasRefreshToken(): boolean {
    return readRefreshToken() !== null;
  }

  /** On start-up: turn a stored refresh token into a session, or forget it. */
  async restore(): Promise<void> {
    if (!this.hasRefreshToken()) return;
    try {
      await firstValueFrom(this.refreshAccessToken());
    } catch {
      this.clear();
    }
  }

  login(request: LoginRequest): Observable<User> {
    return this.api.login(request).pipe(
      tap((session) => this.start(session)),
      map((session) => session.user),
    );
  }

  /** Creates the account and logs in with it right away. */
  register(request: RegisterRequest): Observable<User> {
    return this.api
      .register(request)
      .pipe(switchMap(() => this.login({ email: request.email, password: request.password })));
  }

  /**
   * A new access token from the refresh token. Single-flight: callers that ask while a refresh
   * is running share it, because the API rotates the refresh token and treats a second use of
   * the old one as theft (and revokes the whole session).
   */
  refreshAccessToken(): Observable<string> {
    if (!this.refreshing) {
      if (!this.hasRefreshToken()) return throwError(() => new Error('No refresh token'));
      this.refreshing = acrossTabs(() => {
        // Read inside the lock: another tab may have rotated the token a moment ago.
        const refreshToken = readRefreshToken();
        if (!refreshToken) return throwError(() => new Error('No refresh token'));
        return this.api.refresh({ refreshToken });
      }).pipe(
        tap((session) => this.start(session)),
        map((session) => session.accessToken),
        finalize(() => (this.refreshing = null)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    }
    return this.refreshing;
  }

  /**
   * Revokes the refresh token on the server (best effort), forgets the session here and shows
   * the login page (with `queryParams`, e.g. to come back to an invitation as someone else).
   */
  async logout(queryParams?: Params): Promise<void> {
    const refreshToken = readRefreshToken();
    this.clear();
    if (refreshToken) {
      await firstValueFrom(this.api.logout({ refreshToken }).pipe(catchError(() => of(undefined))));
    }
    await this.router.navigate(['/auth/login'], { queryParams });
  }

  /** The refresh failed: the session is over; send the user to log in and come back. */
  sessionExpired(): void {
    if (!this.isLoggedIn() && !this.hasRefreshToken()) return;
    const returnUrl = this.router.url;
    this.clear();
    void this.router.navigate(['/auth/login'], {
      queryParams: { returnUrl, reason: 'expired' },
    });
  }

  private start(session: AuthSession): void {
    writeRefreshToken(session.refreshToken);
    this.state.set({ user: session.user, accessToken: session.accessToken });
  }

  private clear(): void {
    writeRefreshToken(null);
    this.state.set({ user: null, accessToken: null });
  }
}

/**
 * Every tab of the app shares the stored refresh token. Two tabs refreshing at the same moment
 * would present the same token twice, which the API takes for theft (and ends the session): the
 * Web Locks API makes them refresh one after the other, each with the token the previous one
 * stored. Browsers without it fall back to refreshing directly.
 */
function acrossTabs<T>(refresh: () => Observable<T>): Observable<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return refresh();
  return from(locks.request('gw.refresh-token', () => firstValueFrom(refresh())) as Promise<T>);
}

function readRefreshToken(): string | null {
  try {
    return localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeRefreshToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(REFRESH_TOKEN_STORAGE_KEY, token);
    else localStorage.removeItem(REFRESH_TOKEN_STORAGE_KEY);
  } catch {
    // Storage disabled: the session then ends with the page.
  }
}
