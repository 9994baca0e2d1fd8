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
import type { Measure, Page } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { ListMeasuresDto } from './dto/list-measures.dto';
import { CreateMeasureDto, UpdateMeasureDto } from './dto/measure.dto';
import { MeasurePageSchema, MeasureSchema } from './measure.schema';
import { MeasuresService } from './measures.service';

@ApiTags('measures')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/measures')
export class MeasuresController {
  constructor(private readonly measures: MeasuresService) {}

  @Get()
  @ApiOperation({
    summary:
      'The measures of the action plan, filtered and paginated, by start date and title (every member)',
  })
  @ApiOkResponse({ type: MeasurePageSchema })
  @ApiInitiativeProblems()
  list(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: ListMeasuresDto,
  ): Promise<Page<Measure>> {
    return this.measures.list(access, query);
  }

  @Post()
  @Roles('coordination')
  @ApiOperation({ summary: 'Add a measure to the action plan (coordination)' })
  @ApiCreatedResponse({ type: MeasureSchema })
  @ApiInitiativeProblems(403)
  create(
    @CurrentMembership() access: InitiativeAccess,
    @Body() dto: CreateMeasureDto,
  ): Promise<Measure> {
    return this.measures.create(access, dto);
  }

  @Get(':measureId')
  @ApiOperation({ summary: 'One measure (every member)' })
  @ApiParam({ name: 'measureId', format: 'uuid' })
  @ApiOkResponse({ type: MeasureSchema })
  @ApiInitiativeProblems()
  get(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('measureId') measureId: string,
  ): Promise<Measure> {
    return this.measures.get(access, measureId);
  }

  @Patch(':measureId')
  @Roles('coordination', 'working_group')
  @ApiOperation({
    summary:
      "Change a measure: coordination every field; a member of the measure's working group only status, progress, milestones and notes. Needs the version last read",
  })
  @ApiParam({ name: 'measureId', format: 'uuid' })
  @ApiOkResponse({ type: MeasureSchema })
  @ApiInitiativeProblems(403, 409)
  update(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('measureId') measureId: string,
    @Body() dto: UpdateMeasureDto,
  ): Promise<Measure> {
    return this.measures.update(access, measureId, dto);
  }

  @Delete(':measureId')
  @HttpCode(204)
  @Roles('coordination')
  @ApiOperation({ summary: 'Delete a measure (coordination)' })
  @ApiParam({ name: 'measureId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiInitiativeProblems(403)
  async remove(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('measureId') measureId: string,
  ): Promise<void> {
    await this.measures.remove(access, measureId);
  }
}
