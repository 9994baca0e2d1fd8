import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { provideFormFieldDefaults } from '@gw/web/shared/ui';
import { VerifyPageComponent } from './verify-page/verify-page.component';

/** `/verify` (enter a hash) and `/verify/:contentHash` (the link printed on every PDF). Public. */
export const VERIFICATION_ROUTES: Routes = [
  {
    path: '',
    canActivate: [featureTexts('verification')],
    providers: [provideFormFieldDefaults()],
    children: [
      { path: '', title: 'verify.title', component: VerifyPageComponent },
      { path: ':contentHash', title: 'verify.title', component: VerifyPageComponent },
    ],
  },
];
