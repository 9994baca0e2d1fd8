export { INDICATORS_ROUTES } from './lib/indicators.routes';
