import type { Routes } from '@angular/router';
import { guestGuard } from '@gw/web/shared/data-access';
import { provideFormFieldDefaults } from '@gw/web/shared/ui/forms';

export const AUTH_ROUTES: Routes = [
  {
    path: '',
    providers: [provideFormFieldDefaults()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'login' },
      {
        path: 'login',
        title: 'auth.login.title',
        canActivate: [guestGuard],
        loadComponent: () => import('./login/login.component').then((m) => m.LoginComponent),
      },
      {
        path: 'register',
        title: 'auth.register.title',
        canActivate: [guestGuard],
        loadComponent: () =>
          import('./register/register.component').then((m) => m.RegisterComponent),
      },
    ],
  },
];
