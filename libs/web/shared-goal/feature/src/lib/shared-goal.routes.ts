import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { SharedGoalPageComponent } from './shared-goal-page/shared-goal-page.component';

/** `/initiatives/:id/shared-goal`, inside the initiative's shell (which loads the initiative). */
export const SHARED_GOAL_ROUTES: Routes = [
  {
    path: '',
    canActivate: [featureTexts(() => import('./shared-goal.i18n').then((m) => m.sharedGoal))],
    component: SharedGoalPageComponent,
  },
];
