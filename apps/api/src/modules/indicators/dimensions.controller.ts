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
import type { Dimension } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { DimensionSchema } from './dimension.schema';
import { DimensionsService } from './dimensions.service';
import { CreateDimensionDto, UpdateDimensionDto } from './dto/dimension.dto';

@ApiTags('indicators')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/dimensions')
export class DimensionsController {
  constructor(private readonly dimensions: DimensionsService) {}

  @Get()
  @ApiOperation({
    summary: 'The disaggregation dimensions with their values, in order (every member)',
  })
  @ApiOkResponse({ type: [DimensionSchema] })
  @ApiInitiativeProblems()
  list(@CurrentMembership() access: InitiativeAccess): Promise<Dimension[]> {
    return this.dimensions.list(access);
  }

  @Post()
  @Roles('coordination')
  @ApiOperation({ summary: 'Add a dimension with its values (coordination); names are unique' })
  @ApiCreatedResponse({ type: DimensionSchema })
  @ApiInitiativeProblems(403, 409)
  create(
    @CurrentMembership() access: InitiativeAccess,
    @Body() dto: CreateDimensionDto,
  ): Promise<Dimension> {
    return this.dimensions.create(access, dto);
  }

  @Get(':dimensionId')
  @ApiOperation({ summary: 'One dimension with its values (every member)' })
  @ApiParam({ name: 'dimensionId', format: 'uuid' })
  @ApiOkResponse({ type: DimensionSchema })
  @ApiInitiativeProblems()
  get(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('dimensionId') dimensionId: string,
  ): Promise<Dimension> {
    return this.dimensions.get(access, dimensionId);
  }

  @Patch(':dimensionId')
  @Roles('coordination')
  @ApiOperation({
    summary:
      'Rename a dimension or replace its values (coordination): with an id kept, without created, left out deleted',
  })
  @ApiParam({ name: 'dimensionId', format: 'uuid' })
  @ApiOkResponse({ type: DimensionSchema })
  @ApiInitiativeProblems(403, 409)
  update(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('dimensionId') dimensionId: string,
    @Body() dto: UpdateDimensionDto,
  ): Promise<Dimension> {
    return this.dimensions.update(access, dimensionId, dto);
  }

  @Delete(':dimensionId')
  @HttpCode(204)
  @Roles('coordination')
  @ApiOperation({
    summary: 'Delete a dimension (coordination); one an indicator uses answers 409 in-use',
  })
  @ApiParam({ name: 'dimensionId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiInitiativeProblems(403, 409)
  async remove(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('dimensionId') dimensionId: string,
  ): Promise<void> {
    await this.dimensions.remove(access, dimensionId);
  }
}
