import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { CollectionPlanEntry, Indicator } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import {
  CollectionPlanQueryDto,
  CreateIndicatorDto,
  UpdateIndicatorDto,
} from './dto/indicator.dto';
import { CollectionPlanEntrySchema, IndicatorSchema } from './indicator.schema';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get()
  @ApiOperation({ summary: 'The shared indicators, by name (every member)' })
  @ApiOkResponse({ type: [IndicatorSchema] })
  @ApiInitiativeProblems()
  list(@CurrentMembership() access: InitiativeAccess): Promise<Indicator[]> {
    return this.indicators.list(access);
  }

  @Get('collection-plan')
  @ApiOperation({
    summary:
      'The data collection plan: per indicator the past periods still without a value (the last four, overdue once due) and the current period, each due 14 days after it ends, by due date (every member)',
  })
  @ApiOkResponse({ type: [CollectionPlanEntrySchema] })
  @ApiInitiativeProblems()
  collectionPlan(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: CollectionPlanQueryDto,
  ): Promise<CollectionPlanEntry[]> {
    return this.indicators.collectionPlan(access, query.date);
  }

  @Post()
  @Roles('coordination')
  @ApiOperation({ summary: 'Define a shared indicator (coordination); names are unique' })
  @ApiCreatedResponse({ type: IndicatorSchema })
  @ApiInitiativeProblems(403, 409)
  create(
    @CurrentMembership() access: InitiativeAccess,
    @Body() dto: CreateIndicatorDto,
  ): Promise<Indicator> {
    return this.indicators.create(access, dto);
  }

  @Get(':indicatorId')
  @ApiOperation({ summary: 'One indicator (every member)' })
  @ApiParam({ name: 'indicatorId', format: 'uuid' })
  @ApiOkResponse({ type: IndicatorSchema })
  @ApiInitiativeProblems()
  get(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('indicatorId') indicatorId: string,
  ): Promise<Indicator> {
    return this.indicators.get(access, indicatorId);
  }

  @Patch(':indicatorId')
  @Roles('coordination')
  @ApiOperation({
    summary:
      'Change an indicator (coordination); lists given replace the old ones; needs the version last read',
  })
  @ApiParam({ name: 'indicatorId', format: 'uuid' })
  @ApiOkResponse({ type: IndicatorSchema })
  @ApiInitiativeProblems(403, 409)
  update(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('indicatorId') indicatorId: string,
    @Body() dto: UpdateIndicatorDto,
  ): Promise<Indicator> {
    return this.indicators.update(access, indicatorId, dto);
  }

  @Delete(':indicatorId')
  @HttpCode(204)
  @Roles('coordination')
  @ApiOperation({ summary: 'Delete an indicator (coordination); measures lose the link' })
  @ApiParam({ name: 'indicatorId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiInitiativeProblems(403)
  async remove(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('indicatorId') indicatorId: string,
  ): Promise<void> {
    await this.indicators.remove(access, indicatorId);
  }
}
