import type { Route } from '@angular/router';
import { authGuard } from '@gw/web/shared/data-access';

/** Every domain is a lazy chunk; the shell itself loads no feature code. */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'initiatives' },
  {
    path: 'auth',
    loadChildren: () => import('@gw/web/auth/feature').then((m) => m.AUTH_ROUTES),
  },
  {
    path: 'invitations',
    loadChildren: () => import('@gw/web/invitations/feature').then((m) => m.INVITATIONS_ROUTES),
  },
  {
    path: 'initiatives',
    canActivate: [authGuard],
    loadChildren: () => import('@gw/web/initiatives/feature').then((m) => m.INITIATIVES_ROUTES),
  },
  {
    // Public: anyone holding a printed document checks its hash here, without logging in.
    path: 'verify',
    loadChildren: () => import('@gw/web/verification/feature').then((m) => m.VERIFICATION_ROUTES),
  },
  {
    // Public: a published report shared through its link, readable without logging in.
    path: 'public/reports',
    loadChildren: () => import('@gw/web/reports/feature').then((m) => m.PUBLIC_REPORT_ROUTES),
  },
  {
    path: '**',
    title: 'app.notFound.title',
    loadComponent: () => import('./not-found/not-found.component').then((m) => m.NotFoundComponent),
  },
];
