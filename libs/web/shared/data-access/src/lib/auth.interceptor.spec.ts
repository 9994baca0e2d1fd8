import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { AuthSession } from '@gw/shared/contracts';
import { authInterceptor } from './auth.interceptor';
import { AuthStore, REFRESH_TOKEN_STORAGE_KEY } from './auth.store';

const user = { id: 'u1', email: 'anna@example.org', displayName: 'Anna', createdAt: '' };
const session = (n: number): AuthSession => ({
  accessToken: `access-${n}`,
  accessTokenExpiresIn: 900,
  refreshToken: `refresh-${n}`,
  user,
});
const unauthorized = { status: 401, statusText: 'Unauthorized' };

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthStore);
    auth.login({ email: user.email, password: 'secret-password' }).subscribe();
    backend.expectOne('/api/v1/auth/login').flush(session(1));
  });

  afterEach(() => backend.verify());

  it('attaches the access token to API calls but not to the login call', () => {
    http.get('/api/v1/me').subscribe();
    expect(backend.expectOne('/api/v1/me').request.headers.get('Authorization')).toBe(
      'Bearer access-1',
    );
  });

  it('refreshes once for concurrent 401s and retries every request with the new token', () => {
    const results: unknown[] = [];
    http.get('/api/v1/initiatives').subscribe((body) => results.push(body));
    http.get('/api/v1/me').subscribe((body) => results.push(body));
    backend.expectOne('/api/v1/initiatives').flush(null, unauthorized);
    backend.expectOne('/api/v1/me').flush(null, unauthorized);

    const refresh = backend.expectOne('/api/v1/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    refresh.flush(session(2));

    const retried = [backend.expectOne('/api/v1/initiatives'), backend.expectOne('/api/v1/me')];
    for (const request of retried) {
      expect(request.request.headers.get('Authorization')).toBe('Bearer access-2');
      request.flush({ ok: true });
    }
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBe('refresh-2');
  });

  it('ends the session and sends the user to log in when the refresh fails', () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const errors: number[] = [];
    http
      .get('/api/v1/initiatives')
      .subscribe({ error: (e: { status: number }) => errors.push(e.status) });
    http.get('/api/v1/me').subscribe({ error: (e: { status: number }) => errors.push(e.status) });
    backend.expectOne('/api/v1/initiatives').flush(null, unauthorized);
    backend.expectOne('/api/v1/me').flush(null, unauthorized);

    backend.expectOne('/api/v1/auth/refresh').flush(null, unauthorized);

    expect(errors).toEqual([401, 401]);
    expect(auth.isLoggedIn()).toBe(false);
    expect(localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/auth/login'], {
      queryParams: { returnUrl: '/', reason: 'expired' },
    });
  });

  it('does not try to refresh when the login itself is refused', () => {
    auth.login({ email: user.email, password: 'wrong' }).subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/auth/login').flush(null, unauthorized);
    backend.expectNone('/api/v1/auth/refresh');
  });
});
