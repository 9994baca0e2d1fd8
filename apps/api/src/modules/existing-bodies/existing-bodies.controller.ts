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
import type { ExistingBody } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { CreateExistingBodyDto, UpdateExistingBodyDto } from './dto/existing-body.dto';
import { ExistingBodySchema } from './existing-body.schema';
import { ExistingBodiesService } from './existing-bodies.service';

@ApiTags('actors')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/bodies')
export class ExistingBodiesController {
  constructor(private readonly bodies: ExistingBodiesService) {}

  @Get()
  @ApiOperation({ summary: 'The table of existing bodies, by type and name (every member)' })
  @ApiOkResponse({ type: [ExistingBodySchema] })
  @ApiInitiativeProblems()
  list(@CurrentMembership() access: InitiativeAccess): Promise<ExistingBody[]> {
    return this.bodies.list(access);
  }

  @Post()
  @Roles('coordination')
  @ApiOperation({ summary: 'Add an existing body (coordination)' })
  @ApiCreatedResponse({ type: ExistingBodySchema })
  @ApiInitiativeProblems(403)
  create(
    @CurrentMembership() access: InitiativeAccess,
    @Body() dto: CreateExistingBodyDto,
  ): Promise<ExistingBody> {
    return this.bodies.create(access, dto);
  }

  @Get(':bodyId')
  @ApiOperation({ summary: 'One existing body (every member)' })
  @ApiParam({ name: 'bodyId', format: 'uuid' })
  @ApiOkResponse({ type: ExistingBodySchema })
  @ApiInitiativeProblems()
  get(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('bodyId') bodyId: string,
  ): Promise<ExistingBody> {
    return this.bodies.get(access, bodyId);
  }

  @Patch(':bodyId')
  @Roles('coordination')
  @ApiOperation({
    summary: 'Change an existing body (coordination); memberActorIds replaces the members',
  })
  @ApiParam({ name: 'bodyId', format: 'uuid' })
  @ApiOkResponse({ type: ExistingBodySchema })
  @ApiInitiativeProblems(403, 409)
  update(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('bodyId') bodyId: string,
    @Body() dto: UpdateExistingBodyDto,
  ): Promise<ExistingBody> {
    return this.bodies.update(access, bodyId, dto);
  }

  @Delete(':bodyId')
  @HttpCode(204)
  @Roles('coordination')
  @ApiOperation({ summary: 'Delete an existing body (coordination)' })
  @ApiParam({ name: 'bodyId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiInitiativeProblems(403)
  async remove(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('bodyId') bodyId: string,
  ): Promise<void> {
    await this.bodies.remove(access, bodyId);
  }
}
