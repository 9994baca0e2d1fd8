import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { IndicatorSeries, Measurement, MeasurementComment, Page } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { ListMeasurementsDto } from './dto/list-measurements.dto';
import { CreateDeliveryDto } from './dto/create-delivery.dto';
import { ReviewDeliveryDto } from './dto/review-delivery.dto';
import {
  CreateMeasurementCommentDto,
  CreateMeasurementDto,
  ReviewMeasurementDto,
  UpdateMeasurementDto,
} from './dto/measurement.dto';
import {
  IndicatorSeriesSchema,
  MeasurementCommentSchema,
  MeasurementPageSchema,
  MeasurementSchema,
} from './measurement.schema';
import { MeasurementDeliveryService } from './measurement-delivery.service';
import { MeasurementSeriesService } from './measurement-series.service';
import { MeasurementsService } from './measurements.service';

/** Every role but observers; whether the caller is a data steward is checked per indicator. */
const CONTRIBUTORS = ['coordination', 'steering', 'working_group', 'partner'] as const;

@ApiTags('measurements')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@ApiParam({ name: 'indicatorId', format: 'uuid' })
@Controller('initiatives/:initiativeId/indicators/:indicatorId')
export class MeasurementsController {
  constructor(
    private readonly measurements: MeasurementsService,
    private readonly seriesService: MeasurementSeriesService,
    private readonly deliveries: MeasurementDeliveryService,
  ) {}

  @Get('measurements')
  @ApiOperation({
    summary:
      "The indicator's values with history and comments, newest period first, filtered and paginated (every member)",
  })
  @ApiOkResponse({ type: MeasurementPageSchema })
  @ApiInitiativeProblems()
  list(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('indicatorId') indicatorId: string,
    @Query() query: ListMeasurementsDto,
  ): Promise<Page<Measurement>> {
    return this.measurements.list(access, indicatorId, query);
  }

  @Post('measurements')
  @Roles(...CONTRIBUTORS)
  @ApiOperation({
    summary:
      "Enter a value for a period (and cell): coordination (approved on entry) or the indicator's data stewards (submitted for review); an existing value answers 409",
  })
  @ApiCreatedResponse({ type: MeasurementSchema })
  @ApiInitiativeProblems(403, 409)
  create(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('indicatorId') indicatorId: string,
    @Body() dto: CreateMeasurementDto,
  ): Promise<Measurement> {
    return this.measurements.create(access, user, indicatorId, dto);
  }

  @Get('series')
  @ApiOperation({
    summary:
      "The indicator's approved values over time for its chart: the total and each cell, with comments, baseline and targets (every member)",
  })
  @ApiOkResponse({ type: IndicatorSeriesSchema })
  @ApiInitiativeProblems()
  series(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('indicatorId') indicatorId: string,
  ): Promise<IndicatorSeries> {
    return this.seriesService.series(access, indicatorId);
  }

  @Get('measurements/:measurementId')
  @ApiOperation({ summary: 'One value with its history and comments (every member)' })
  @ApiParam({ name: 'measurementId', format: 'uuid' })
  @ApiOkResponse({ type: MeasurementSchema })
  @ApiInitiativeProblems()
  get(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('indicatorId') indicatorId: string,
    @UuidParam('measurementId') measurementId: string,
  ): Promise<Measurement> {
    return this.measurements.get(access, indicatorId, measurementId);
  }

  @Patch('measurements/:measurementId')
  @Roles(...CONTRIBUTORS)
  @ApiOperation({
    summary:
      "Correct a value with a reason (coordination, or the indicator's data stewards); the previous state stays in the history. A steward's correction goes back to review. Needs the version last read",
  })
  @ApiParam({ name: 'measurementId', format: 'uuid' })
  @ApiOkResponse({ type: MeasurementSchema })
  @ApiInitiativeProblems(403, 409)
  correct(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('indicatorId') indicatorId: string,
    @UuidParam('measurementId') measurementId: string,
    @Body() dto: UpdateMeasurementDto,
  ): Promise<Measurement> {
    return this.measurements.correct(access, user, indicatorId, measurementId, dto);
  }

  @Post('measurements/:measurementId/review')
  @HttpCode(200)
  @Roles('coordination')
  @ApiOperation({
    summary:
      'Approve a submitted value, or return it with a comment for revision (coordination); needs the version last read',
  })
  @ApiParam({ name: 'measurementId', format: 'uuid' })
  @ApiOkResponse({ type: MeasurementSchema })
  @ApiInitiativeProblems(403, 409)
  review(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('indicatorId') indicatorId: string,
    @UuidParam('measurementId') measurementId: string,
    @Body() dto: ReviewMeasurementDto,
  ): Promise<Measurement> {
    return this.measurements.review(access, user, indicatorId, measurementId, dto);
  }

  @Post('deliveries')
  @Roles(...CONTRIBUTORS)
  @ApiOperation({
    summary:
      "Enter a period's total and cells at once (coordination, or the indicator's data stewards): all values are written or none; each wrong value is named by its place, a cell already entered too",
  })
  @ApiCreatedResponse({ type: [MeasurementSchema] })
  @ApiInitiativeProblems(403, 409)
  createDelivery(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('indicatorId') indicatorId: string,
    @Body() dto: CreateDeliveryDto,
  ): Promise<Measurement[]> {
    return this.deliveries.create(access, user, indicatorId, dto);
  }

  @Post('deliveries/review')
  @HttpCode(200)
  @Roles('coordination')
  @ApiOperation({
    summary:
      "Approve, or return with a comment, a delivery at once: every value of the period that awaits review (coordination); the values shown with their versions must be exactly the delivery's, else 409",
  })
  @ApiOkResponse({ type: [MeasurementSchema] })
  @ApiInitiativeProblems(403, 409)
  reviewDelivery(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('indicatorId') indicatorId: string,
    @Body() dto: ReviewDeliveryDto,
  ): Promise<Measurement[]> {
    return this.deliveries.review(access, user, indicatorId, dto);
  }

  @Post('measurements/:measurementId/comments')
  @Roles(...CONTRIBUTORS)
  @ApiOperation({
    summary: 'Comment on a value: the story behind the data point (every member but observers)',
  })
  @ApiParam({ name: 'measurementId', format: 'uuid' })
  @ApiCreatedResponse({ type: MeasurementCommentSchema })
  @ApiInitiativeProblems(403)
  comment(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('indicatorId') indicatorId: string,
    @UuidParam('measurementId') measurementId: string,
    @Body() dto: CreateMeasurementCommentDto,
  ): Promise<MeasurementComment> {
    return this.measurements.comment(access, user, indicatorId, measurementId, dto);
  }
}
