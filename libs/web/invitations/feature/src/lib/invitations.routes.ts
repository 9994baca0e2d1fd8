import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { AcceptInvitationComponent } from './accept-invitation/accept-invitation.component';

/** `/invitations/:token`: the link the API puts into invitation e-mails. Public. */
export const INVITATIONS_ROUTES: Routes = [
  {
    path: ':token',
    title: 'invitation.title',
    canActivate: [featureTexts(() => import('./invitations.i18n').then((m) => m.invitations))],
    component: AcceptInvitationComponent,
  },
];
