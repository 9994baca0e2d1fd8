export { VERIFICATION_ROUTES, loadVerificationTexts } from './lib/verification.routes';
