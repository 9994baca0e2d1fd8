export { AGREEMENT_ROUTES } from './lib/agreement.routes';
