export { INVITATIONS_ROUTES } from './lib/invitations.routes';
