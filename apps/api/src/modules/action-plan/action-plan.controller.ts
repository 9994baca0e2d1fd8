import { Controller, Get } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { ActionPlanStatus } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { ActionPlanService } from './action-plan.service';

class BaselineRefSchema {
  @ApiProperty()
  number!: number;

  @ApiProperty()
  contentHash!: string;

  @ApiProperty({ format: 'date-time' })
  approvedAt!: string;
}

class RemovedMeasureSchema {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;
}

class ActionPlanStatusSchema implements ActionPlanStatus {
  @ApiProperty({ format: 'uuid' })
  artifactId!: string;

  @ApiProperty({ type: BaselineRefSchema, nullable: true })
  baseline!: ActionPlanStatus['baseline'];

  @ApiProperty({ type: [RemovedMeasureSchema] })
  removedSinceBaseline!: ActionPlanStatus['removedSinceBaseline'];

  @ApiProperty()
  measureCount!: number;
}

@ApiTags('action plan')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/action-plan')
export class ActionPlanController {
  constructor(private readonly actionPlan: ActionPlanService) {}

  @Get()
  @ApiOperation({ summary: 'The living action plan against its last approved baseline' })
  @ApiOkResponse({ type: ActionPlanStatusSchema })
  @ApiInitiativeProblems()
  status(@CurrentMembership() access: InitiativeAccess): Promise<ActionPlanStatus> {
    return this.actionPlan.status(access);
  }
}
