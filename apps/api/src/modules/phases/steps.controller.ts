import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { PhaseOverview, Step } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { CreateStepDto, UpdateStepDto } from './dto/step.dto';
import { PhaseOverviewSchema, StepSchema } from './step.schema';
import { StepsService } from './steps.service';

@ApiTags('phases')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId')
export class StepsController {
  constructor(private readonly steps: StepsService) {}

  @Get('phases')
  @ApiOperation({ summary: 'The three phases in order with their checklist steps (every member)' })
  @ApiOkResponse({ type: [PhaseOverviewSchema] })
  @ApiInitiativeProblems()
  overview(@CurrentMembership() access: InitiativeAccess): Promise<PhaseOverview[]> {
    return this.steps.overview(access);
  }

  @Post('steps')
  @Roles('coordination')
  @ApiOperation({ summary: 'Add a step at the end of a phase (coordination)' })
  @ApiCreatedResponse({ type: StepSchema })
  @ApiInitiativeProblems(403)
  create(@CurrentMembership() access: InitiativeAccess, @Body() dto: CreateStepDto): Promise<Step> {
    return this.steps.create(access, dto);
  }

  @Patch('steps/:stepId')
  @Roles('coordination')
  @ApiOperation({
    summary:
      "Change a step's status, responsible, due date or note (coordination); needs the version",
  })
  @ApiParam({ name: 'stepId', format: 'uuid' })
  @ApiOkResponse({ type: StepSchema })
  @ApiInitiativeProblems(403, 409)
  update(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('stepId') stepId: string,
    @Body() dto: UpdateStepDto,
  ): Promise<Step> {
    return this.steps.update(access, stepId, dto);
  }

  @Delete('steps/:stepId')
  @HttpCode(204)
  @Roles('coordination')
  @ApiOperation({
    summary: 'Delete a step coordination added (coordination); predefined ones stay',
  })
  @ApiParam({ name: 'stepId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiInitiativeProblems(403, 409)
  async remove(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('stepId') stepId: string,
  ): Promise<void> {
    await this.steps.remove(access, stepId);
  }
}
