import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  type CreateMeasurementCommentRequest,
  type CreateMeasurementRequest,
  MEASUREMENT_LIMITS as LIMITS,
  type ReviewMeasurementRequest,
  type UpdateMeasurementRequest,
} from '@gw/shared/contracts';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { trimmed } from '../../../common/validation/transforms';
import { PlainText } from '../../../common/rich-text/rich-text.decorators';

/** More dimensions than any cell can name: a cell names each dimension at most once. */
const MAX_CELL_ENTRIES = 20;

export class CellEntryDto {
  @ApiProperty({ format: 'uuid', description: 'A dimension the indicator is broken down by' })
  @IsUUID('all')
  dimensionId!: string;

  @ApiProperty({ format: 'uuid', description: 'A value of that dimension' })
  @IsUUID('all')
  valueId!: string;
}

export const Field = {
  value: (required: boolean) =>
    applyDecorators(
      ApiProperty({ example: 71.5, minimum: -LIMITS.value, maximum: LIMITS.value, required }),
      IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 6 }),
      Min(-LIMITS.value),
      Max(LIMITS.value),
    ),
  cases: () =>
    applyDecorators(
      ApiPropertyOptional({
        type: Number,
        nullable: true,
        minimum: 0,
        maximum: LIMITS.cases,
        description: 'How many cases (people) the value rests on; null when unknown',
      }),
      IsOptional(),
      IsInt(),
      Min(0),
      Max(LIMITS.cases),
    ),
  /** A period key; whether it fits the indicator's frequency is checked against it. */
  period: () =>
    applyDecorators(
      ApiProperty({
        example: '2026-Q4',
        maxLength: 10,
        description:
          "Following the indicator's frequency: `2026-11`, `2026-Q4`, `2026-H2` or `2026`",
      }),
      Transform(trimmed),
      IsString(),
      IsNotEmpty(),
      MaxLength(10),
    ),
  /** The disaggregation cell of a value. */
  cell: () =>
    applyDecorators(
      ApiPropertyOptional({
        type: [CellEntryDto],
        maxItems: MAX_CELL_ENTRIES,
        description:
          'The disaggregation cell: one value per dimension of the indicator; empty or left out for the total',
      }),
      IsOptionalButNotNull(),
      IsArray(),
      ArrayMaxSize(MAX_CELL_ENTRIES),
      IsObject({ each: true }),
      ValidateNested({ each: true }),
      Type(() => CellEntryDto),
    ),
  text: (maxLength: number, required: boolean, example?: string) =>
    applyDecorators(
      ApiProperty({ maxLength, required, example }),
      Transform(trimmed),
      IsString(),
      MaxLength(maxLength),
    ),
};

export class CreateMeasurementDto implements CreateMeasurementRequest {
  @Field.period()
  period!: string;

  @Field.cell()
  cell?: CellEntryDto[];

  @Field.value(true)
  value!: number;

  @Field.cases()
  cases?: number | null;

  @IsOptionalButNotNull()
  @Field.text(LIMITS.sourceNote, false, 'Verbleibsabfrage der Abgangsklassen, Stand 31.7.')
  sourceNote?: string;
}

/** A correction: the previous state is kept in the history with who, when and `reason`. */
export class UpdateMeasurementDto implements UpdateMeasurementRequest {
  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ maxLength: LIMITS.reason, example: 'Nachmeldung des Berufskollegs' })
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.reason)
  reason!: string;

  @IsOptionalButNotNull()
  @Field.value(false)
  value?: number;

  @Field.cases()
  cases?: number | null;

  @IsOptionalButNotNull()
  @Field.text(LIMITS.sourceNote, false)
  sourceNote?: string;
}

export const REVIEW_DECISIONS = ['approve', 'return'] as const;

/** The decision of a review (of one value or a delivery). */
export const ReviewDecision = () =>
  applyDecorators(ApiProperty({ enum: REVIEW_DECISIONS }), IsIn(REVIEW_DECISIONS));

/** Coordination's reason, required when returning: the data stewards read why. */
export const ReviewComment = () =>
  applyDecorators(
    ApiPropertyOptional({
      maxLength: LIMITS.comment,
      description: 'Required when returning: the data stewards read why',
      example: 'Bitte die Nachmeldungen der Gesamtschule ergänzen.',
    }),
    ValidateIf(
      (dto: { decision: string; comment?: string }) =>
        dto.decision === 'return' || dto.comment !== undefined,
    ),
    PlainText(),
    IsString(),
    IsNotEmpty(),
    MaxLength(LIMITS.comment),
  );

export class ReviewMeasurementDto implements ReviewMeasurementRequest {
  @ReviewDecision()
  decision!: 'approve' | 'return';

  @ReviewComment()
  comment?: string;

  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}

export class CreateMeasurementCommentDto implements CreateMeasurementCommentRequest {
  @ApiProperty({
    maxLength: LIMITS.comment,
    example: 'Der Rückgang liegt an der Schließung des Jugendzentrums Nord im Sommer.',
  })
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.comment)
  body!: string;
}
