import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AuthSession } from '@gw/shared/contracts';
import { AuthStore, REFRESH_TOKEN_STORAGE_KEY } from './auth.store';

const user = { id: 'u1', email: 'anna@example.org', displayName: 'Anna', createdAt: '' };
const session = (n: number): AuthSession => ({
  accessToken: `access-${n}`,
  accessTokenExpiresIn: 900,
  refreshToken: `refresh-${n}`,
  user,
});

/** A LockManager that, like the browser's, runs the holders of one lock one after the other. */
function installSerialLocks(): () => void {
  let tail: Promise<unknown> = Promise.resolve();
  const locks = {
    request: (_name: string, callback: () => Promise<unknown>) => {
      const run = tail.then(callback);
      tail = run.catch(() => undefined);
      return run;
    },
  };
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  return () => Reflect.deleteProperty(navigator, 'locks');
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('AuthStore across tabs', () => {
  let backend: HttpTestingController;
  let uninstall: () => void;

  beforeEach(() => {
    localStorage.clear();
    uninstall = installSerialLocks();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    uninstall();
  });

  it('lets two tabs refresh one after the other, each with the token the other stored', async () => {
    localStorage.setItem(REFRESH_TOKEN_STORAGE_KEY, 'refresh-1');
    const firstTab = TestBed.runInInjectionContext(() => new AuthStore());
    const secondTab = TestBed.runInInjectionContext(() => new AuthStore());
    const tokens: string[] = [];

    firstTab.refreshAccessToken().subscribe((token) => tokens.push(token));
    secondTab.refreshAccessToken().subscribe((token) => tokens.push(token));
    await settle();

    const first = backend.expectOne('/api/v1/auth/refresh');
    expect(first.request.body).toEqual({ refreshToken: 'refresh-1' });
    first.flush(session(2));
    await settle();

    const second = backend.expectOne('/api/v1/auth/refresh');
    expect(second.request.body).toEqual({ refreshToken: 'refresh-2' });
    second.flush(session(3));
    await settle();

    expect(tokens).toEqual(['access-2', 'access-3']);
    expect(localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBe('refresh-3');
  });
});
