import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { provideDateAdapter } from '@gw/web/shared/ui';
import { PhasesPageComponent } from './phases-page/phases-page.component';

/** `/initiatives/:id/phases`, inside the initiative's shell (which loads the initiative). */
export const PHASES_ROUTES: Routes = [
  {
    path: '',
    canActivate: [featureTexts(() => import('./phases.i18n').then((m) => m.phases))],
    providers: [provideDateAdapter()],
    component: PhasesPageComponent,
  },
];
