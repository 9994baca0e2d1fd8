import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor, ActorAreaSummary, Page } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { ActorAreaSummarySchema, ActorPageSchema, ActorSchema } from './actor.schema';
import { ActorRepresentativesService } from './actor-representatives.service';
import { ActorsService } from './actors.service';
import { CreateActorDto, UpdateActorDto } from './dto/actor.dto';
import { ListActorsDto } from './dto/list-actors.dto';
import { AddRepresentativeDto } from './dto/representative.dto';

@ApiTags('actors')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/actors')
export class ActorsController {
  constructor(
    private readonly actors: ActorsService,
    private readonly representatives: ActorRepresentativesService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The actor table: filtered, searched, sorted and paginated (every member)',
  })
  @ApiOkResponse({ type: ActorPageSchema })
  @ApiInitiativeProblems()
  list(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: ListActorsDto,
  ): Promise<Page<Actor>> {
    return this.actors.list(access, query);
  }

  @Get('summary')
  @ApiOperation({
    summary: 'Actors per area, with a warning for a core area without a planned core-group member',
  })
  @ApiOkResponse({ type: [ActorAreaSummarySchema] })
  @ApiInitiativeProblems()
  summary(@CurrentMembership() access: InitiativeAccess): Promise<ActorAreaSummary[]> {
    return this.actors.summary(access);
  }

  @Post()
  @Roles('coordination')
  @ApiOperation({ summary: 'Add an actor (coordination); names are unique regardless of case' })
  @ApiCreatedResponse({ type: ActorSchema })
  @ApiInitiativeProblems(403, 409)
  create(
    @CurrentMembership() access: InitiativeAccess,
    @Body() dto: CreateActorDto,
  ): Promise<Actor> {
    return this.actors.create(access, dto);
  }

  @Get(':actorId')
  @ApiOperation({ summary: 'One actor with its representatives (every member)' })
  @ApiParam({ name: 'actorId', format: 'uuid' })
  @ApiOkResponse({ type: ActorSchema })
  @ApiInitiativeProblems()
  get(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('actorId') actorId: string,
  ): Promise<Actor> {
    return this.actors.get(access, actorId);
  }

  @Patch(':actorId')
  @Roles('coordination')
  @ApiOperation({ summary: 'Change an actor (coordination); needs the version last read' })
  @ApiParam({ name: 'actorId', format: 'uuid' })
  @ApiOkResponse({ type: ActorSchema })
  @ApiInitiativeProblems(403, 409)
  update(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('actorId') actorId: string,
    @Body() dto: UpdateActorDto,
  ): Promise<Actor> {
    return this.actors.update(access, actorId, dto);
  }

  @Delete(':actorId')
  @HttpCode(204)
  @Roles('coordination')
  @ApiOperation({
    summary: 'Delete an actor (coordination); signatures it gave keep its name',
  })
  @ApiParam({ name: 'actorId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiInitiativeProblems(403)
  async remove(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('actorId') actorId: string,
  ): Promise<void> {
    await this.actors.remove(access, actorId);
  }

  @Post(':actorId/representatives')
  @Roles('coordination')
  @ApiOperation({
    summary: 'Make a member a representative of the actor, who then signs for it (coordination)',
  })
  @ApiParam({ name: 'actorId', format: 'uuid' })
  @ApiCreatedResponse({ type: ActorSchema })
  @ApiInitiativeProblems(403, 409)
  addRepresentative(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('actorId') actorId: string,
    @Body() dto: AddRepresentativeDto,
  ): Promise<Actor> {
    return this.representatives.add(access, actorId, dto.userId);
  }

  @Delete(':actorId/representatives/:userId')
  @HttpCode(204)
  @Roles('coordination')
  @ApiOperation({ summary: 'Remove a representative of the actor (coordination)' })
  @ApiParam({ name: 'actorId', format: 'uuid' })
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiInitiativeProblems(403)
  async removeRepresentative(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('actorId') actorId: string,
    @UuidParam('userId') userId: string,
  ): Promise<void> {
    await this.representatives.remove(access, actorId, userId);
  }
}
