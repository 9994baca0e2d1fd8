export { BaselinesApi, type Baseline } from './lib/baselines.api';
export { BaselinesStore } from './lib/baselines.store';
