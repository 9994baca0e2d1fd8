import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { COMMENT_LIMITS, type CreateCommentRequest } from '@gw/shared/contracts';
import { trimmed } from '../../../common/validation/transforms';

export class CreateCommentDto implements CreateCommentRequest {
  @ApiProperty({ example: 'partners' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  sectionKey!: string;

  @ApiProperty({ maxLength: COMMENT_LIMITS.body })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMMENT_LIMITS.body)
  body!: string;
}

export const COMMENT_STATUS_FILTERS = ['open', 'resolved', 'all'] as const;
export type CommentStatusFilter = (typeof COMMENT_STATUS_FILTERS)[number];

export class ListCommentsDto {
  @ApiPropertyOptional({ enum: COMMENT_STATUS_FILTERS, default: 'all' })
  @IsOptional()
  @IsIn(COMMENT_STATUS_FILTERS)
  status: CommentStatusFilter = 'all';
}
