import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  MEASUREMENT_FILE_FORMATS,
  type MeasurementFileFormat,
  type MeasurementFileQuery,
} from '@gw/shared/contracts';

export class MeasurementFileQueryDto implements MeasurementFileQuery {
  @ApiProperty({ enum: MEASUREMENT_FILE_FORMATS })
  @IsIn(MEASUREMENT_FILE_FORMATS)
  format!: MeasurementFileFormat;
}
