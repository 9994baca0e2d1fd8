import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { PhaseTransition } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { DecideTransitionDto, ProposeTransitionDto } from './dto/phase-transition.dto';
import { PhaseTransitionSchema } from './phase-transition.schema';
import { PhaseTransitionsService } from './phase-transitions.service';

@ApiTags('phases')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/phase-transitions')
export class PhaseTransitionsController {
  constructor(private readonly transitions: PhaseTransitionsService) {}

  @Get()
  @ApiOperation({ summary: 'The phase transitions, newest first (every member)' })
  @ApiOkResponse({ type: [PhaseTransitionSchema] })
  @ApiInitiativeProblems()
  list(@CurrentMembership() access: InitiativeAccess): Promise<PhaseTransition[]> {
    return this.transitions.list(access);
  }

  @Post()
  @Roles('coordination')
  @ApiOperation({
    summary:
      'Propose the next phase (coordination); needs the product of the current phase (phase-precondition)',
  })
  @ApiCreatedResponse({ type: PhaseTransitionSchema })
  @ApiInitiativeProblems(403, 409)
  propose(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: ProposeTransitionDto,
  ): Promise<PhaseTransition> {
    return this.transitions.propose(access, user, dto);
  }

  @Post(':transitionId/decision')
  @HttpCode(200)
  @Roles('steering')
  @ApiOperation({
    summary: 'Approve (the phase changes) or reject a pending proposal (steering)',
  })
  @ApiParam({ name: 'transitionId', format: 'uuid' })
  @ApiOkResponse({ type: PhaseTransitionSchema })
  @ApiInitiativeProblems(403, 409)
  decide(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('transitionId') transitionId: string,
    @Body() dto: DecideTransitionDto,
  ): Promise<PhaseTransition> {
    return this.transitions.decide(access, user, transitionId, dto);
  }

  @Post(':transitionId/withdraw')
  @HttpCode(200)
  @Roles('coordination')
  @ApiOperation({ summary: 'Withdraw a pending proposal (coordination)' })
  @ApiParam({ name: 'transitionId', format: 'uuid' })
  @ApiOkResponse({ type: PhaseTransitionSchema })
  @ApiInitiativeProblems(403, 409)
  withdraw(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('transitionId') transitionId: string,
  ): Promise<PhaseTransition> {
    return this.transitions.withdraw(access, user, transitionId);
  }
}
