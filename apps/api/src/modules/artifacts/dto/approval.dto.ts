import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  APPROVAL_DECISIONS,
  APPROVAL_LIMITS,
  type ApprovalDecision,
  type ApprovalRequest,
} from '@gw/shared/contracts';
import { trimmed } from '../../../common/validation/transforms';

export class ApprovalDto implements ApprovalRequest {
  @ApiProperty({ enum: APPROVAL_DECISIONS })
  @IsIn(APPROVAL_DECISIONS)
  decision!: ApprovalDecision;

  @ApiPropertyOptional({
    maxLength: APPROVAL_LIMITS.comment,
    description: 'Required for a rejection',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(APPROVAL_LIMITS.comment)
  comment?: string;
}
