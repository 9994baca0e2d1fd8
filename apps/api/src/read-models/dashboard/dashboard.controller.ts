import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ActivityEntry, Dashboard, Page } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { ActivityPageSchema, DashboardSchema } from './dashboard.schema';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOperation({
    summary:
      'Phase and step progress, measures by status, overdue milestones, each indicator against its path, the newest of the last 30 days',
  })
  @ApiOkResponse({ type: DashboardSchema })
  @ApiInitiativeProblems()
  get(@CurrentMembership() access: InitiativeAccess): Promise<Dashboard> {
    return this.dashboard.dashboard(access);
  }

  @Get('activity')
  @ApiOperation({
    summary: "The last 30 days' activity in pages, newest first (every member)",
  })
  @ApiOkResponse({ type: ActivityPageSchema })
  @ApiInitiativeProblems()
  activity(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: PageQueryDto,
  ): Promise<Page<ActivityEntry>> {
    return this.dashboard.activity(access, query);
  }
}
