import {
  HttpErrorResponse,
  type HttpHandlerFn,
  type HttpInterceptorFn,
  type HttpRequest,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';
import { API_BASE } from './api-base';
import { AuthStore } from './auth.store';

/** Calls that must go without a bearer token and never trigger a refresh. */
const SESSION_CALLS = ['/auth/login', '/auth/register', '/auth/refresh', '/auth/logout'].map(
  (path) => `${API_BASE}${path}`,
);

const withToken = (request: HttpRequest<unknown>, token: string | null) =>
  token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;

/**
 * Attaches the access token to API calls. On a 401 it refreshes once (shared by all requests
 * that fail at the same time) and retries; when the refresh fails, the session is over.
 */
export const authInterceptor: HttpInterceptorFn = (request, next: HttpHandlerFn) => {
  if (!request.url.startsWith(API_BASE) || SESSION_CALLS.includes(request.url)) {
    return next(request);
  }
  const auth = inject(AuthStore);
  return next(withToken(request, auth.accessToken())).pipe(
    catchError((error: unknown) => {
      if (
        !(error instanceof HttpErrorResponse) ||
        error.status !== 401 ||
        !auth.hasRefreshToken()
      ) {
        return throwError(() => error);
      }
      return auth.refreshAccessToken().pipe(
        catchError(() => {
          auth.sessionExpired();
          return throwError(() => error);
        }),
        switchMap((token) => next(withToken(request, token))),
      );
    }),
  );
};
