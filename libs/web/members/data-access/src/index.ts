export { MembersApi } from './lib/members.api';
export { MembersStore } from './lib/members.store';
