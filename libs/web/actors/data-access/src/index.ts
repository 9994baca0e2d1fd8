export { ActorsApi, actorListParams, type ActorFile } from './lib/actors.api';
export { ActorsStore, DEFAULT_ACTOR_QUERY } from './lib/actors.store';
export { BodiesApi } from './lib/bodies.api';
export { BodiesStore } from './lib/bodies.store';
export { describeImportError, type ImportErrorRow } from './lib/import-errors';
