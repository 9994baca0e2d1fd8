export { MEMBERS_ROUTES } from './lib/members.routes';
