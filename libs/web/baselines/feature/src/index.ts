export { BASELINE_ROUTES } from './lib/baselines.routes';
