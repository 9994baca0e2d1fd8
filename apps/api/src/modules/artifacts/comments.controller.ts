import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { ArtifactComment } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { PositiveIntParam } from '../../common/validation/positive-int-param';
import { UuidParam } from '../../common/validation/uuid-param';
import { ArtifactCommentSchema } from './artifact.schema';
import { CommentsService } from './comments.service';
import { CreateCommentDto, ListCommentsDto } from './dto/comment.dto';

@ApiTags('artifacts')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@ApiParam({ name: 'artifactId', format: 'uuid' })
@Controller('initiatives/:initiativeId/artifacts/:artifactId')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get('versions/:number/comments')
  @ApiOperation({ summary: 'Comments on a version, oldest first' })
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: [ArtifactCommentSchema] })
  @ApiInitiativeProblems()
  list(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @Query() query: ListCommentsDto,
  ): Promise<ArtifactComment[]> {
    return this.comments.list(access, artifactId, number, query.status);
  }

  @Post('versions/:number/comments')
  @Roles('coordination', 'steering', 'working_group', 'partner')
  @ApiOperation({ summary: 'Comment on a section of a version (every member but observers)' })
  @ApiParam({ name: 'number', type: Number })
  @ApiCreatedResponse({ type: ArtifactCommentSchema })
  @ApiInitiativeProblems(403)
  create(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @Body() dto: CreateCommentDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ArtifactComment> {
    return this.comments.create(access, artifactId, number, dto, user);
  }

  @Post('comments/:commentId/resolve')
  @HttpCode(200)
  @Roles('coordination')
  @ApiOperation({
    summary: 'Mark a comment as resolved (coordination); recorded in the audit trail',
  })
  @ApiParam({ name: 'commentId', format: 'uuid' })
  @ApiOkResponse({ type: ArtifactCommentSchema })
  @ApiInitiativeProblems(403, 409)
  resolve(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @UuidParam('commentId') commentId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ArtifactComment> {
    return this.comments.resolve(access, artifactId, commentId, user);
  }
}
