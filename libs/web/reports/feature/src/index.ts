export { PUBLIC_REPORT_ROUTES, REPORTS_ROUTES } from './lib/reports.routes';
