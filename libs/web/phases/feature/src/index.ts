export { PHASES_ROUTES } from './lib/phases.routes';
