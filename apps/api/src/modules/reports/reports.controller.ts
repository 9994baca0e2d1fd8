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
import type {
  ArtifactVersion,
  PublicLink,
  PublicLinkStatus,
  ReportComparison,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { PositiveIntParam } from '../../common/validation/positive-int-param';
import { UuidParam } from '../../common/validation/uuid-param';
import { ArtifactVersionSchema } from '../artifacts/artifact.schema';
import { CompareReportsDto, CreateReportDto, UpdateReportTextsDto } from './dto/report.dto';
import { PublicLinkSchema, PublicLinkStatusSchema, ReportComparisonSchema } from './report.schema';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('reports')
  @Roles('coordination')
  @ApiOperation({
    summary:
      'Create an activity and impact report for a period; its first draft is generated from the data',
  })
  @ApiCreatedResponse({ type: ArtifactVersionSchema })
  @ApiInitiativeProblems(403)
  create(
    @CurrentMembership() access: InitiativeAccess,
    @Body() dto: CreateReportDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ArtifactVersion> {
    return this.reports.create(access, dto, user);
  }

  @Get('reports/compare')
  @ApiOperation({
    summary: 'Two reports compared: each indicator at the end of one period against the other',
  })
  @ApiOkResponse({ type: ReportComparisonSchema })
  @ApiInitiativeProblems()
  compare(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: CompareReportsDto,
  ): Promise<ReportComparison> {
    return this.reports.compare(access, query.a, query.b);
  }

  @Patch('artifacts/:artifactId/versions/:number/texts')
  @Roles('coordination', 'working_group')
  @ApiOperation({
    summary:
      "Write a report draft's summary and narratives per goal (its numbers are regenerated from the data)",
  })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: ArtifactVersionSchema })
  @ApiInitiativeProblems(403, 409)
  updateTexts(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @Body() dto: UpdateReportTextsDto,
  ): Promise<ArtifactVersion> {
    return this.reports.updateTexts(access, artifactId, number, dto);
  }

  @Post('artifacts/:artifactId/versions/:number/publish')
  @HttpCode(200)
  @Roles('coordination')
  @ApiOperation({ summary: 'Publish an approved report' })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: ArtifactVersionSchema })
  @ApiInitiativeProblems(403, 409)
  publish(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ArtifactVersion> {
    return this.reports.publish(access, artifactId, number, user);
  }

  @Get('artifacts/:artifactId/versions/:number/public-link')
  @ApiOperation({
    summary:
      'Whether the report version has a live public link, since when and how often it was opened (the link itself is never shown again)',
  })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: PublicLinkStatusSchema })
  @ApiInitiativeProblems()
  publicLinkStatus(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
  ): Promise<PublicLinkStatus> {
    return this.reports.publicLinkStatus(access, artifactId, number);
  }

  @Post('artifacts/:artifactId/versions/:number/public-link')
  @Roles('coordination')
  @ApiOperation({
    summary: 'Share a published report through a new unguessable public link (replaces a live one)',
  })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiParam({ name: 'number', type: Number })
  @ApiCreatedResponse({ type: PublicLinkSchema })
  @ApiInitiativeProblems(403, 409)
  createPublicLink(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PublicLink> {
    return this.reports.createPublicLink(access, artifactId, number, user);
  }

  @Delete('artifacts/:artifactId/versions/:number/public-link')
  @HttpCode(204)
  @Roles('coordination')
  @ApiOperation({ summary: "Revoke the report's public link" })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiParam({ name: 'number', type: Number })
  @ApiNoContentResponse()
  @ApiInitiativeProblems(403, 409)
  async revokePublicLink(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.reports.revokePublicLink(access, artifactId, number, user);
  }
}
