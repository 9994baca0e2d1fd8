import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  APPROVAL_DECISIONS,
  APPROVAL_LIMITS,
  type ApprovalDecision,
  type ApprovalRequest,
} from '@gw/shared/contracts';
import { PlainText } from '../../../common/rich-text/rich-text.decorators';

export class ApprovalDto implements ApprovalRequest {
  @ApiProperty({ enum: APPROVAL_DECISIONS })
  @IsIn(APPROVAL_DECISIONS)
  decision!: ApprovalDecision;

  @ApiPropertyOptional({
    maxLength: APPROVAL_LIMITS.comment,
    description: 'Required for a rejection',
  })
  @IsOptional()
  @PlainText()
  @IsString()
  @MaxLength(APPROVAL_LIMITS.comment)
  comment?: string;
}
