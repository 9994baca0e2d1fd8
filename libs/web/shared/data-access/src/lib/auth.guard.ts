import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { AuthStore } from './auth.store';

/** Logged-in routes: anyone else goes to the login page and comes back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthStore).isLoggedIn()) return true;
  return inject(Router).createUrlTree(['/auth/login'], { queryParams: { returnUrl: state.url } });
};

/** Only paths inside this app: `//evil.example` or `https://…` would leave it. */
export function safeReturnUrl(value: string | null | undefined, fallback = '/initiatives'): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : fallback;
}

/** Login and registration: someone already logged in goes where they wanted to go. */
export const guestGuard: CanActivateFn = (route) => {
  if (!inject(AuthStore).isLoggedIn()) return true;
  const returnUrl = route.queryParamMap.get('returnUrl');
  return inject(Router).parseUrl(safeReturnUrl(returnUrl));
};
