export { INITIATIVES_ROUTES } from './lib/initiatives.routes';
