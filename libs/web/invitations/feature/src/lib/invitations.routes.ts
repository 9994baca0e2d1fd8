import type { Routes } from '@angular/router';
import { AcceptInvitationComponent } from './accept-invitation/accept-invitation.component';

/** `/invitations/:token`: the link the API puts into invitation e-mails. Public. */
export const INVITATIONS_ROUTES: Routes = [
  { path: ':token', title: 'invitation.title', component: AcceptInvitationComponent },
];
