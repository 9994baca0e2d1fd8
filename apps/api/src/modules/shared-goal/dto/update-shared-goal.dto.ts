import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  type GoalInput,
  SHARED_GOAL_LIMITS as LIMITS,
  type UpdateSharedGoalRequest,
} from '@gw/shared/contracts';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { PlainText, RichText } from '../../../common/rich-text/rich-text.decorators';

export class GoalInputDto implements GoalInput {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'An existing goal keeps its id; new goals have none',
  })
  @IsOptionalButNotNull()
  @IsUUID('all')
  id?: string;

  @ApiProperty({ maxLength: LIMITS.title, example: 'Kein Abschluss ohne Anschluss' })
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.title)
  title!: string;

  @ApiPropertyOptional({ maxLength: LIMITS.description })
  @IsOptionalButNotNull()
  @RichText()
  @IsString()
  @MaxLength(LIMITS.description)
  description?: string;
}

export class UpdateSharedGoalDto implements UpdateSharedGoalRequest {
  @ApiProperty({ maxLength: LIMITS.vision })
  @RichText()
  @IsString()
  @MaxLength(LIMITS.vision)
  vision!: string;

  @ApiProperty({
    type: [GoalInputDto],
    maxItems: LIMITS.goals,
    description: 'In order; goals left out are deleted',
  })
  @IsArray()
  @ArrayMaxSize(LIMITS.goals)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => GoalInputDto)
  goals!: GoalInputDto[];

  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}
