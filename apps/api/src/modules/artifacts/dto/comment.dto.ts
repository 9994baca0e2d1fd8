import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { COMMENT_LIMITS, type CreateCommentRequest } from '@gw/shared/contracts';
import { PlainText } from '../../../common/rich-text/rich-text.decorators';

export class CreateCommentDto implements CreateCommentRequest {
  @ApiProperty({ example: 'partners' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  sectionKey!: string;

  @ApiProperty({ maxLength: COMMENT_LIMITS.body })
  @PlainText()
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
