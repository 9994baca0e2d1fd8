import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MEASURE_STATUSES, type MeasureListQuery, type MeasureStatus } from '@gw/shared/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { trimmed } from '../../../common/validation/transforms';

export class ListMeasuresDto extends PageQueryDto implements MeasureListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Measures serving this goal' })
  @IsOptional()
  @IsUUID('all')
  goalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Measures of this working group' })
  @IsOptional()
  @IsUUID('all')
  workingGroupId?: string;

  @ApiPropertyOptional({ enum: MEASURE_STATUSES })
  @IsOptional()
  @IsIn(MEASURE_STATUSES)
  status?: MeasureStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Measures this actor leads, contributes to or pledges resources to',
  })
  @IsOptional()
  @IsUUID('all')
  actorId?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Searches title and description' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  q?: string;
}
