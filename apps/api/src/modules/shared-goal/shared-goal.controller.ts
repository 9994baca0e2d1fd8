import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { SharedGoal } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { UpdateSharedGoalDto } from './dto/update-shared-goal.dto';
import { SharedGoalSchema } from './shared-goal.schema';
import { SharedGoalService } from './shared-goal.service';

@ApiTags('shared goal')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/shared-goal')
export class SharedGoalController {
  constructor(private readonly sharedGoal: SharedGoalService) {}

  @Get()
  @ApiOperation({ summary: 'The shared goal: the vision and its goals in order (every member)' })
  @ApiOkResponse({ type: SharedGoalSchema })
  @ApiInitiativeProblems()
  get(@CurrentMembership() access: InitiativeAccess): Promise<SharedGoal> {
    return this.sharedGoal.get(access);
  }

  @Put()
  @Roles('coordination')
  @ApiOperation({
    summary:
      'Replace the vision and the goals (coordination): goals with an id are kept, without one created, left out deleted',
  })
  @ApiOkResponse({ type: SharedGoalSchema })
  @ApiInitiativeProblems(403, 409)
  replace(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UpdateSharedGoalDto,
  ): Promise<SharedGoal> {
    return this.sharedGoal.replace(access, user, dto);
  }
}
