import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  type CreateReportRequest,
  REPORT_LIMITS,
  REPORT_PERIOD_TYPES,
  type ReportPeriodType,
  type UpdateReportTextsRequest,
} from '@gw/shared/contracts';
import { IsCalendarDate } from '../../../common/validation/calendar-date';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { PlainText, RichText } from '../../../common/rich-text/rich-text.decorators';

export class CreateReportDto implements CreateReportRequest {
  @ApiProperty({ enum: REPORT_PERIOD_TYPES })
  @IsIn(REPORT_PERIOD_TYPES)
  periodType!: ReportPeriodType;

  @ApiProperty({
    example: '2026-07-01',
    description: 'A day of the period, or the start of a custom range',
  })
  @IsCalendarDate()
  periodStart!: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'The end of a custom range' })
  @IsOptional()
  @IsCalendarDate()
  periodEnd?: string;

  @ApiPropertyOptional({ maxLength: REPORT_LIMITS.title })
  @IsOptional()
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(REPORT_LIMITS.title)
  title?: string;
}

class NarrativeDto {
  @ApiProperty({ description: 'A goal id of the report, or without_goal' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  goalId!: string;

  @ApiProperty({ maxLength: REPORT_LIMITS.narrative })
  @RichText()
  @IsString()
  @MaxLength(REPORT_LIMITS.narrative)
  narrative!: string;
}

export class UpdateReportTextsDto implements UpdateReportTextsRequest {
  @ApiPropertyOptional({ maxLength: REPORT_LIMITS.narrative })
  @IsOptionalButNotNull()
  @RichText()
  @IsString()
  @MaxLength(REPORT_LIMITS.narrative)
  summary?: string;

  @ApiPropertyOptional({ type: [NarrativeDto] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => NarrativeDto)
  narratives?: NarrativeDto[];

  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}

export class CompareReportsDto {
  @ApiProperty({ format: 'uuid', description: 'A report (its artifact id)' })
  @IsUUID()
  a!: string;

  @ApiProperty({ format: 'uuid', description: 'The report to compare it with' })
  @IsUUID()
  b!: string;
}
