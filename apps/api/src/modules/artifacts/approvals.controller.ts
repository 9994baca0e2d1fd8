import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Approval, ApprovalOverview } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { PositiveIntParam } from '../../common/validation/positive-int-param';
import { UuidParam } from '../../common/validation/uuid-param';
import { ApprovalOverviewSchema, ApprovalSchema } from './approval.schema';
import { ApprovalsService } from './approvals.service';
import { ApprovalDto } from './dto/approval.dto';

@ApiTags('artifacts')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@ApiParam({ name: 'artifactId', format: 'uuid' })
@ApiParam({ name: 'number', type: Number })
@Controller('initiatives/:initiativeId/artifacts/:artifactId/versions/:number/approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Get()
  @ApiOperation({ summary: "Where the steering group's approval of a submitted version stands" })
  @ApiOkResponse({ type: ApprovalOverviewSchema })
  @ApiInitiativeProblems()
  overview(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApprovalOverview> {
    return this.approvals.overview(access, artifactId, number, user);
  }

  @Post()
  @Roles('steering')
  @ApiOperation({
    summary:
      'Approve or reject a submitted version (steering members asked at submission); the quorum decides, one rejection sends it back',
  })
  @ApiCreatedResponse({ type: ApprovalSchema })
  @ApiInitiativeProblems(403, 409)
  decide(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @Body() dto: ApprovalDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Approval> {
    return this.approvals.decide(access, artifactId, number, dto, user);
  }
}
