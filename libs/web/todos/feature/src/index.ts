export { TodoListComponent } from './lib/todo-list/todo-list.component';
