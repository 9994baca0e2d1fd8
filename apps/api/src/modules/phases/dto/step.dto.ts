import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import {
  type CreateStepRequest,
  type Phase,
  PHASES,
  STEP_LIMITS as LIMITS,
  STEP_STATUSES,
  type StepStatus,
  type UpdateStepRequest,
} from '@gw/shared/contracts';
import { IsCalendarDate } from '../../../common/validation/calendar-date';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { PlainText } from '../../../common/rich-text/rich-text.decorators';

/** Each field's rules, written once for the create and the update DTO. */
const Field = {
  title: (required: boolean) =>
    applyDecorators(
      ApiProperty({
        example: 'Auftaktveranstaltung vorbereiten',
        maxLength: LIMITS.title,
        required,
        description: required ? undefined : 'Only for steps coordination added',
      }),
      PlainText(),
      IsString(),
      IsNotEmpty(),
      MaxLength(LIMITS.title),
    ),
  responsibleMemberId: () =>
    applyDecorators(
      ApiPropertyOptional({
        type: String,
        format: 'uuid',
        nullable: true,
        description: 'A membership id',
      }),
      IsOptional(),
      IsUUID('all'),
    ),
  dueDate: () =>
    applyDecorators(
      ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-03-31' }),
      IsOptional(),
      IsCalendarDate(),
    ),
  note: () =>
    applyDecorators(
      ApiPropertyOptional({ maxLength: LIMITS.note }),
      IsOptionalButNotNull(),
      PlainText(),
      IsString(),
      MaxLength(LIMITS.note),
    ),
};

export class CreateStepDto implements CreateStepRequest {
  @ApiProperty({ enum: PHASES })
  @IsIn(PHASES)
  phase!: Phase;

  @Field.title(true)
  title!: string;

  @Field.responsibleMemberId()
  responsibleMemberId?: string | null;

  @Field.dueDate()
  dueDate?: string | null;

  @Field.note()
  note?: string;
}

export class UpdateStepDto implements UpdateStepRequest {
  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ enum: STEP_STATUSES })
  @IsOptionalButNotNull()
  @IsIn(STEP_STATUSES)
  status?: StepStatus;

  @IsOptionalButNotNull()
  @Field.title(false)
  title?: string;

  @Field.responsibleMemberId()
  responsibleMemberId?: string | null;

  @Field.dueDate()
  dueDate?: string | null;

  @Field.note()
  note?: string;
}
