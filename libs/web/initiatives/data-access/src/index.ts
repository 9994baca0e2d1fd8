export { InitiativesApi } from './lib/initiatives.api';
export { InitiativesStore } from './lib/initiatives.store';
