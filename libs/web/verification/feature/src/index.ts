export { VERIFICATION_ROUTES } from './lib/verification.routes';
