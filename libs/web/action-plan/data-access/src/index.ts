export { ActionPlanApi, type Baseline } from './lib/action-plan.api';
export { ActionPlanStore } from './lib/action-plan.store';
