export { SharedGoalApi } from './lib/shared-goal.api';
export { SharedGoalStore } from './lib/shared-goal.store';
