export { MeasuresApi, measureListParams } from './lib/measures.api';
export { MeasuresStore, DEFAULT_MEASURE_QUERY, type MeasureGrouping } from './lib/measures.store';
export { MeasurePlanStore } from './lib/measure-plan.store';
export {
  MEASURE_FIELDS,
  type MeasureAccess,
  type MeasureField,
  measureAccess,
  editableMeasureFields,
} from './lib/measure-rights';
export { type BaselineMarker, baselineMarker } from './lib/baseline-marker';
/** Test data as the API sends it, for the specs of the action plan's libraries only. */
export * as measureFixtures from './lib/testing/measure-fixtures';
