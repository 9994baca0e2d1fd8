export { IndicatorsApi } from './lib/indicators.api';
export { IndicatorsStore } from './lib/indicators.store';
export {
  type CollectionPlanRow,
  type IndicatorGroup,
  DUE_SOON_DAYS,
  daysBetween,
  groupByGoal,
  markCollectionPlan,
  nextTarget,
  sortedTargets,
  todayIso,
} from './lib/indicator-views';
