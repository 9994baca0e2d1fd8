import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { WorkingGroup } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { CreateWorkingGroupDto, UpdateWorkingGroupDto } from './dto/working-group.dto';
import { WorkingGroupSchema } from './working-group.schema';
import { WorkingGroupsService } from './working-groups.service';

@ApiTags('working groups')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/working-groups')
export class WorkingGroupsController {
  constructor(private readonly groups: WorkingGroupsService) {}

  @Get()
  @ApiOperation({
    summary: 'The working groups, by name, each with its measure count (every member)',
  })
  @ApiOkResponse({ type: [WorkingGroupSchema] })
  @ApiInitiativeProblems()
  list(@CurrentMembership() access: InitiativeAccess): Promise<WorkingGroup[]> {
    return this.groups.list(access);
  }

  @Post()
  @Roles('coordination')
  @ApiOperation({ summary: 'Set up a working group (coordination); names are unique' })
  @ApiCreatedResponse({ type: WorkingGroupSchema })
  @ApiInitiativeProblems(403, 409)
  create(
    @CurrentMembership() access: InitiativeAccess,
    @Body() dto: CreateWorkingGroupDto,
  ): Promise<WorkingGroup> {
    return this.groups.create(access, dto);
  }

  @Get(':workingGroupId')
  @ApiOperation({ summary: 'One working group (every member)' })
  @ApiParam({ name: 'workingGroupId', format: 'uuid' })
  @ApiOkResponse({ type: WorkingGroupSchema })
  @ApiInitiativeProblems()
  get(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('workingGroupId') groupId: string,
  ): Promise<WorkingGroup> {
    return this.groups.get(access, groupId);
  }

  @Patch(':workingGroupId')
  @Roles('coordination')
  @ApiOperation({
    summary:
      'Change a working group (coordination); memberIds and actorIds replace the lists; needs the version last read',
  })
  @ApiParam({ name: 'workingGroupId', format: 'uuid' })
  @ApiOkResponse({ type: WorkingGroupSchema })
  @ApiInitiativeProblems(403, 409)
  update(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('workingGroupId') groupId: string,
    @Body() dto: UpdateWorkingGroupDto,
  ): Promise<WorkingGroup> {
    return this.groups.update(access, groupId, dto);
  }

  @Delete(':workingGroupId')
  @HttpCode(204)
  @Roles('coordination')
  @ApiOperation({
    summary: 'Delete a working group (coordination); its measures stay, without a group',
  })
  @ApiParam({ name: 'workingGroupId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiInitiativeProblems(403)
  async remove(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('workingGroupId') groupId: string,
  ): Promise<void> {
    await this.groups.remove(access, groupId);
  }
}
