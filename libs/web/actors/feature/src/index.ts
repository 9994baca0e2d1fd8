export { ACTORS_ROUTES, EXISTING_BODIES_ROUTES } from './lib/actors.routes';
