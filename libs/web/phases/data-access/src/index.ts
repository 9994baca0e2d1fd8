export { PhasesApi } from './lib/phases.api';
export { PhasesStore } from './lib/phases.store';
