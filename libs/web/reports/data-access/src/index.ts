export { ReportsApi, type Report, publicReportUrl } from './lib/reports.api';
export { ReportsStore, type ReportPeriod } from './lib/reports.store';
export { ReportStore, type ReportText } from './lib/report.store';
export {
  type CellView,
  type IndicatorView,
  formatChange,
  formatValue,
  lastCompletePeriodDay,
  latestValue,
  memberIndicatorView,
  periodFor,
  publicIndicatorView,
} from './lib/report-view';
export * as reportFixtures from './lib/testing/report-fixtures';
