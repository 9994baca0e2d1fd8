import type { Routes } from '@angular/router';
import { loadActionPlanTexts } from '@gw/web/action-plan/feature';
import { featureTexts } from '@gw/web/shared/i18n';
import { DashboardPageComponent } from './dashboard-page/dashboard-page.component';

/**
 * `/initiatives/:id/dashboard` inside the initiative's shell. The action plan's texts come along
 * for the names of the measure states, said as the action plan says them.
 */
export const DASHBOARD_ROUTES: Routes = [
  {
    path: '',
    canActivate: [
      featureTexts(() => import('./dashboard.i18n').then((m) => m.dashboard)),
      featureTexts(loadActionPlanTexts),
    ],
    component: DashboardPageComponent,
  },
];
