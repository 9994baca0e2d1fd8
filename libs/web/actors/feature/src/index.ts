export { ACTORS_ROUTES, BODIES_ROUTES } from './lib/actors.routes';
