export { DashboardApi } from './lib/dashboard.api';
export { DashboardStore } from './lib/dashboard.store';
