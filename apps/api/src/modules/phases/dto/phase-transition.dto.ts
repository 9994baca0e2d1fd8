import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  type DecideTransitionRequest,
  type Phase,
  PHASES,
  type ProposeTransitionRequest,
  TRANSITION_DECISIONS,
  TRANSITION_LIMITS as LIMITS,
  type TransitionDecision,
} from '@gw/shared/contracts';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { PlainText } from '../../../common/rich-text/rich-text.decorators';

export class ProposeTransitionDto implements ProposeTransitionRequest {
  @ApiProperty({ enum: PHASES, description: 'The phase right after the current one' })
  @IsIn(PHASES)
  to!: Phase;

  @ApiProperty({
    maxLength: LIMITS.rationale,
    example: 'Die Kooperationsvereinbarung ist von allen Partnern unterzeichnet.',
  })
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.rationale)
  rationale!: string;
}

export class DecideTransitionDto implements DecideTransitionRequest {
  @ApiProperty({ enum: TRANSITION_DECISIONS })
  @IsIn(TRANSITION_DECISIONS)
  decision!: TransitionDecision;

  @ApiPropertyOptional({ maxLength: LIMITS.comment })
  @IsOptionalButNotNull()
  @PlainText()
  @IsString()
  @MaxLength(LIMITS.comment)
  comment?: string;
}
