import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Measurement, Page } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { ListMeasurementsDto } from './dto/list-measurements.dto';
import { MeasurementPageSchema } from './measurement.schema';
import { MeasurementsService } from './measurements.service';

@ApiTags('measurements')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/measurements')
export class InitiativeMeasurementsController {
  constructor(private readonly measurements: MeasurementsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Values of every indicator the caller sees, filtered and paginated, e.g. status=submitted for the review queue (every member)',
  })
  @ApiOkResponse({ type: MeasurementPageSchema })
  @ApiInitiativeProblems()
  list(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: ListMeasurementsDto,
  ): Promise<Page<Measurement>> {
    return this.measurements.list(access, null, query);
  }
}
