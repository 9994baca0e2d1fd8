import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { provideFormFieldDefaults } from '@gw/web/shared/ui';
import { VerifyPageComponent } from './verify-page/verify-page.component';

/** The texts of the verification, lazily; the agreement page names its document with them. */
export const loadVerificationTexts = () =>
  import('./verification.i18n').then((m) => m.verification);

/** `/verify` (enter a hash) and `/verify/:contentHash` (the link printed on every PDF). Public. */
export const VERIFICATION_ROUTES: Routes = [
  {
    path: '',
    canActivate: [featureTexts(loadVerificationTexts)],
    providers: [provideFormFieldDefaults()],
    children: [
      { path: '', title: 'verify.title', component: VerifyPageComponent },
      { path: ':contentHash', title: 'verify.title', component: VerifyPageComponent },
    ],
  },
];
