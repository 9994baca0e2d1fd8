export { InvitationsApi } from './lib/invitations.api';
export { InvitationStore } from './lib/invitation.store';
