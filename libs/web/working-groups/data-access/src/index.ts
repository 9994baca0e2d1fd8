export { WorkingGroupsApi } from './lib/working-groups.api';
export { WorkingGroupsStore, groupIdsOfMember } from './lib/working-groups.store';
