import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { WorkingGroupsPageComponent } from './working-groups-page/working-groups-page.component';

/** `/initiatives/:id/working-groups`, inside the initiative's shell (which loads the initiative). */
export const WORKING_GROUPS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [featureTexts(() => import('./working-groups.i18n').then((m) => m.workingGroups))],
    component: WorkingGroupsPageComponent,
  },
];
