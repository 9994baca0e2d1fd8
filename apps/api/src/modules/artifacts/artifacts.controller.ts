import { Body, Controller, Get, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type {
  Artifact,
  ArtifactSummary,
  ArtifactVersion,
  AuditEvent,
  Page,
  VersionDiff,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { PositiveIntParam } from '../../common/validation/positive-int-param';
import { UuidParam } from '../../common/validation/uuid-param';
import {
  ArtifactSchema,
  ArtifactSummarySchema,
  ArtifactVersionSchema,
  AuditEventPageSchema,
  VersionDiffSchema,
} from './artifact.schema';
import { ArtifactKindRegistry } from './artifact-kind';
import { ArtifactVersionsService } from './artifact-versions.service';
import { AuditService } from './audit.service';
import { ListArtifactsDto, UpdateArtifactVersionDto } from './dto/artifact.dto';

@ApiTags('artifacts')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/artifacts')
export class ArtifactsController {
  constructor(
    private readonly versions: ArtifactVersionsService,
    private readonly audit: AuditService,
    private readonly kinds: ArtifactKindRegistry,
  ) {}

  @Get()
  @ApiOperation({ summary: "The initiative's tracked artifacts with their latest version" })
  @ApiOkResponse({ type: [ArtifactSummarySchema] })
  @ApiInitiativeProblems()
  list(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: ListArtifactsDto,
  ): Promise<ArtifactSummary[]> {
    return this.versions.list(access, query.kind);
  }

  @Get(':artifactId')
  @ApiOperation({ summary: 'An artifact with all its versions and their states' })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiOkResponse({ type: ArtifactSchema })
  @ApiInitiativeProblems()
  get(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
  ): Promise<Artifact> {
    return this.versions.get(access, artifactId);
  }

  @Get(':artifactId/audit')
  @ApiOperation({ summary: "The artifact's append-only audit trail, oldest first" })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiOkResponse({ type: AuditEventPageSchema })
  @ApiInitiativeProblems()
  async auditTrail(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<AuditEvent>> {
    const artifact = await this.versions.findArtifact(access, artifactId);
    return this.audit.list(artifact.id, query);
  }

  @Post(':artifactId/versions')
  @Roles('coordination')
  @ApiOperation({
    summary:
      'Start a new draft: the first prefilled from the initiative, later ones copied from the latest',
  })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiCreatedResponse({ type: ArtifactVersionSchema })
  @ApiInitiativeProblems(403, 409)
  createVersion(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ArtifactVersion> {
    return this.versions.createVersion(access, artifactId, user);
  }

  @Get(':artifactId/versions/:number')
  @ApiOperation({ summary: 'A version with its content' })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: ArtifactVersionSchema })
  @ApiInitiativeProblems()
  getVersion(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
  ): Promise<ArtifactVersion> {
    return this.versions.getVersion(access, artifactId, number);
  }

  @Patch(':artifactId/versions/:number')
  @Roles('coordination')
  @ApiOperation({
    summary: "Change a draft's content (optimistic locking); a submitted version is frozen (409)",
  })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: ArtifactVersionSchema })
  @ApiInitiativeProblems(403, 409)
  updateVersion(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @Body() dto: UpdateArtifactVersionDto,
  ): Promise<ArtifactVersion> {
    return this.versions.updateDraft(access, artifactId, number, dto.content, dto.version);
  }

  @Post(':artifactId/versions/:number/submit')
  @Roles('coordination')
  @ApiOperation({
    summary: 'Submit a draft: freezes it and stores the SHA-256 of its canonical content',
  })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiParam({ name: 'number', type: Number })
  @ApiCreatedResponse({ type: ArtifactVersionSchema })
  @ApiInitiativeProblems(403, 409)
  submit(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ArtifactVersion> {
    return this.versions.submit(access, artifactId, number, user);
  }

  @Get(':artifactId/versions/:number/diff/:other')
  @ApiOperation({ summary: 'Version :number compared with version :other, section by section' })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiParam({ name: 'number', type: Number })
  @ApiParam({ name: 'other', type: Number })
  @ApiOkResponse({ type: VersionDiffSchema })
  @ApiInitiativeProblems()
  diff(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @PositiveIntParam('other') other: number,
  ): Promise<VersionDiff> {
    return this.versions.diff(access, artifactId, number, other);
  }

  @Get(':artifactId/versions/:number/pdf')
  @ApiOperation({ summary: 'The version as a PDF document' })
  @ApiParam({ name: 'artifactId', format: 'uuid' })
  @ApiParam({ name: 'number', type: Number })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', content: { 'application/pdf': {} } })
  @ApiInitiativeProblems()
  async pdf(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const artifact = await this.versions.findArtifact(access, artifactId);
    const version = await this.versions.versionEntity(artifact.id, number);
    version.content = this.kinds.visibleContent(artifact.kind, version.content, access.role);
    const pdf = await this.kinds.get(artifact.kind).renderPdf(artifact, version);
    const filename = `${artifact.title.replace(/[^\p{L}\p{N}-]+/gu, '-')}-Fassung-${number}.pdf`;
    await reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .send(pdf);
  }
}
