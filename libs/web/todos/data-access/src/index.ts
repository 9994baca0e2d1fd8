export { TodosApi } from './lib/todos.api';
export { countBySection, type OpenCounts, TodosStore } from './lib/todos.store';
