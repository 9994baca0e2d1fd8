import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Initiative, InitiativeSummary, Page } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ApiInitiativeProblems, ApiProblems } from '../../common/swagger/api-problems.decorator';
import { CreateInitiativeDto, UpdateInitiativeDto } from './dto/initiative.dto';
import { InitiativeSchema, InitiativeSummaryPageSchema } from './initiative.schema';
import { InitiativesService } from './initiatives.service';

@ApiTags('initiatives')
@ApiBearerAuth()
@Controller('initiatives')
export class InitiativesController {
  constructor(private readonly initiatives: InitiativesService) {}

  @Post()
  @ApiOperation({ summary: 'Create an initiative; the creator becomes its coordination' })
  @ApiCreatedResponse({ type: InitiativeSchema })
  @ApiProblems(400, 401)
  create(
    @Body() dto: CreateInitiativeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Initiative> {
    return this.initiatives.create(dto, user.id);
  }

  @Get()
  @ApiOperation({ summary: "The caller's initiatives, newest first" })
  @ApiOkResponse({ type: InitiativeSummaryPageSchema })
  @ApiProblems(400, 401)
  list(
    @Query() query: PageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<InitiativeSummary>> {
    return this.initiatives.listForUser(user.id, query);
  }

  @Get(':initiativeId')
  @ApiOperation({ summary: 'One initiative (members only)' })
  @ApiParam({ name: 'initiativeId', format: 'uuid' })
  @ApiOkResponse({ type: InitiativeSchema })
  @ApiInitiativeProblems()
  get(@CurrentMembership() access: InitiativeAccess): Promise<Initiative> {
    return this.initiatives.get(access);
  }

  @Patch(':initiativeId')
  @Roles('coordination')
  @ApiOperation({ summary: 'Change an initiative (coordination); needs the version last read' })
  @ApiParam({ name: 'initiativeId', format: 'uuid' })
  @ApiOkResponse({ type: InitiativeSchema })
  @ApiInitiativeProblems(403, 409)
  update(
    @CurrentMembership() access: InitiativeAccess,
    @Body() dto: UpdateInitiativeDto,
  ): Promise<Initiative> {
    return this.initiatives.update(access, dto);
  }
}
