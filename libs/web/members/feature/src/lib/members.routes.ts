import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { MembersPageComponent } from './members-page/members-page.component';

/** `/initiatives/:id/members`, inside the initiative's shell (which loads the initiative). */
export const MEMBERS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [featureTexts(() => import('./members.i18n').then((m) => m.members))],
    component: MembersPageComponent,
  },
];
