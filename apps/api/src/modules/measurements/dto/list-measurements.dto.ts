import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  MEASUREMENT_CELL_FILTERS,
  MEASUREMENT_STATUSES,
  type MeasurementCellFilter,
  type MeasurementListQuery,
  type MeasurementStatus,
} from '@gw/shared/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsCalendarDate } from '../../../common/validation/calendar-date';

export class ListMeasurementsDto extends PageQueryDto implements MeasurementListQuery {
  @ApiPropertyOptional({ enum: MEASUREMENT_STATUSES })
  @IsOptional()
  @IsIn(MEASUREMENT_STATUSES)
  status?: MeasurementStatus;

  @ApiPropertyOptional({
    enum: MEASUREMENT_CELL_FILTERS,
    default: 'all',
    description: 'Only the totals, or the totals and every cell',
  })
  @IsOptional()
  @IsIn(MEASUREMENT_CELL_FILTERS)
  cells: MeasurementCellFilter = 'all';

  @ApiPropertyOptional({
    format: 'date',
    description: 'Values of periods that end on or after this day (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Values of periods that start on or before this day (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
