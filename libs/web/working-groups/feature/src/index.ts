export { WORKING_GROUPS_ROUTES } from './lib/working-groups.routes';
