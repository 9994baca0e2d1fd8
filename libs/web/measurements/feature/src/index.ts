export { MEASUREMENTS_ROUTES } from './lib/measurements.routes';
