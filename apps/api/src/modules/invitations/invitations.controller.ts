import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type {
  Invitation,
  InvitationAccepted,
  InvitationCreated,
  InvitationPreview,
  Page,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Public } from '../../common/decorators/public.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems, ApiProblems } from '../../common/swagger/api-problems.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { ListInvitationsDto } from './dto/list-invitations.dto';
import {
  InvitationAcceptedSchema,
  InvitationCreatedSchema,
  InvitationPageSchema,
  InvitationPreviewSchema,
} from './invitation.schema';
import { InvitationsService } from './invitations.service';
import { InvitationTokenPipe } from './invitation-token.pipe';

@ApiTags('members')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Roles('coordination')
@Controller('initiatives/:initiativeId/invitations')
export class InitiativeInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @ApiOperation({ summary: 'Invite someone by e-mail with a role (coordination)' })
  @ApiCreatedResponse({ type: InvitationCreatedSchema })
  @ApiInitiativeProblems(403, 409)
  create(
    @CurrentMembership() access: InitiativeAccess,
    @Body() dto: CreateInvitationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InvitationCreated> {
    return this.invitations.create(access, dto, user);
  }

  @Get()
  @ApiOperation({ summary: 'Invitations of the initiative, newest first (coordination)' })
  @ApiOkResponse({ type: InvitationPageSchema })
  @ApiInitiativeProblems(403)
  list(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: ListInvitationsDto,
  ): Promise<Page<Invitation>> {
    return this.invitations.list(access, query);
  }

  @Delete(':invitationId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw an invitation (coordination)' })
  @ApiParam({ name: 'invitationId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiInitiativeProblems(403, 409)
  async revoke(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('invitationId') invitationId: string,
  ): Promise<void> {
    await this.invitations.revoke(access, invitationId);
  }
}

@ApiTags('members')
@Controller('invitations/:token')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'What an invitation link is for (no login needed: the token is the key)',
  })
  @ApiParam({ name: 'token' })
  @ApiOkResponse({ type: InvitationPreviewSchema })
  @ApiProblems(400, 404)
  preview(@Param('token', InvitationTokenPipe) token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Post('accept')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Accept an invitation as the logged-in user it was sent to' })
  @ApiParam({ name: 'token' })
  @ApiOkResponse({ type: InvitationAcceptedSchema })
  @ApiProblems(400, 401, 403, 404, 409, 410)
  accept(
    @Param('token', InvitationTokenPipe) token: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InvitationAccepted> {
    return this.invitations.accept(token, user);
  }
}
