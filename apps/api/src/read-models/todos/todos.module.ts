import { Module } from '@nestjs/common';
import { InitiativeTodosController, MyTodosController } from './todos.controller';
import { TodosService } from './todos.service';

@Module({
  controllers: [InitiativeTodosController, MyTodosController],
  providers: [TodosService],
})
export class TodosModule {}
