import { Body, Controller, Delete, Get, HttpCode, Patch, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Member, Page } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { UpdateMemberDto } from './dto/update-member.dto';
import { MemberPageSchema, MemberSchema } from './member.schema';
import { MembersService } from './members.service';

@ApiTags('members')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @ApiOperation({ summary: 'The members of the initiative (every member may read them)' })
  @ApiOkResponse({ type: MemberPageSchema })
  @ApiInitiativeProblems()
  list(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: PageQueryDto,
  ): Promise<Page<Member>> {
    return this.members.list(access, query);
  }

  @Patch(':memberId')
  @Roles('coordination')
  @ApiOperation({ summary: "Change a member's role (coordination)" })
  @ApiParam({ name: 'memberId', format: 'uuid' })
  @ApiOkResponse({ type: MemberSchema })
  @ApiInitiativeProblems(403, 409)
  changeRole(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('memberId') memberId: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<Member> {
    return this.members.changeRole(access, memberId, dto);
  }

  @Delete(':memberId')
  @HttpCode(204)
  @Roles('coordination')
  @ApiOperation({ summary: 'Remove a member (coordination); the last coordination member stays' })
  @ApiParam({ name: 'memberId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiInitiativeProblems(403, 409)
  async remove(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('memberId') memberId: string,
  ): Promise<void> {
    await this.members.remove(access, memberId);
  }
}
