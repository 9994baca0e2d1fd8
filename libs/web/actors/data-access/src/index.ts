export { ActorsApi, actorListParams, type ActorFile } from './lib/actors.api';
export { ActorsStore, DEFAULT_ACTOR_QUERY } from './lib/actors.store';
export { ExistingBodiesApi } from './lib/existing-bodies.api';
export { ExistingBodiesStore } from './lib/existing-bodies.store';
export { describeImportError, type ImportErrorRow } from './lib/import-errors';
