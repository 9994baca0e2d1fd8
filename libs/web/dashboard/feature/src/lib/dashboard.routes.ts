import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { DashboardPageComponent } from './dashboard-page/dashboard-page.component';

/**
 * `/initiatives/:id/dashboard` inside the initiative's shell. The measures' texts come along for
 * the names of the measure states, said as the action plan says them.
 */
export const DASHBOARD_ROUTES: Routes = [
  {
    path: '',
    canActivate: [featureTexts('dashboard'), featureTexts('measures')],
    component: DashboardPageComponent,
  },
];
