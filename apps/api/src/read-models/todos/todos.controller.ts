import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { InitiativeTodos, MyTodos } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { ApiInitiativeProblems, ApiProblems } from '../../common/swagger/api-problems.decorator';
import { InitiativeTodosSchema, MyTodosSchema } from './todos.schema';
import { TodosService } from './todos.service';

const WHAT =
  'signatures to give, approvals to decide, values to review or correct, values due or overdue, overdue milestones of their working groups';

@ApiTags('todos')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/todos')
export class InitiativeTodosController {
  constructor(private readonly todos: TodosService) {}

  @Get()
  @ApiOperation({ summary: `What waits for the caller in the initiative: ${WHAT} (every member)` })
  @ApiOkResponse({ type: InitiativeTodosSchema })
  @ApiInitiativeProblems()
  get(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InitiativeTodos> {
    return this.todos.ofInitiative(user, access);
  }
}

@ApiTags('todos')
@ApiBearerAuth()
@Controller('me/todos')
export class MyTodosController {
  constructor(private readonly todos: TodosService) {}

  @Get()
  @ApiOperation({
    summary: `What waits for the caller across their initiatives: ${WHAT}; at most 50, with a total per initiative`,
  })
  @ApiOkResponse({ type: MyTodosSchema })
  @ApiProblems(401)
  get(@CurrentUser() user: AuthenticatedUser): Promise<MyTodos> {
    return this.todos.mine(user);
  }
}
