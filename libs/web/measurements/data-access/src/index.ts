export { MeasurementsApi, type MeasurementFile } from './lib/measurements.api';
export {
  IndicatorValuesStore,
  type ValueCorrection,
  type ValueFilter,
} from './lib/indicator-values.store';
export { MeasurementsOverviewStore, type QueueKind } from './lib/measurements-overview.store';
export { MeasurementRights } from './lib/measurement-rights';
export { describeImportError, type ImportErrorRow } from './lib/import-errors';
export {
  type BreakdownGroup,
  type Delivery,
  cellLabel,
  deliveriesOf,
  latestBreakdown,
  mayEnterValues,
} from './lib/measurement-views';
