import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PROBLEM_TYPES, type VerificationResult } from '@gw/shared/contracts';
import { SqlService } from '../../common/database/sql.service';
import { Public } from '../../common/decorators/public.decorator';
import { ProblemException } from '../../common/problem/problem.exception';
import { ApiProblems } from '../../common/swagger/api-problems.decorator';
import { ArtifactVersionsService } from '../artifacts/artifact-versions.service';
import { PUBLIC_SIGNATURES_OF_VERSION } from './agreements.queries';
import { VerificationResultSchema } from './signature.schema';

/**
 * Anyone holding a printed or mailed document checks it by its hash, without logging in. The
 * answer names the initiative, the artifact, the version, its state and who signed when:
 * nothing of its content, no people's accounts.
 */
@ApiTags('agreement')
@Controller('verify')
export class VerificationController {
  constructor(
    private readonly sql: SqlService,
    private readonly versions: ArtifactVersionsService,
  ) {}

  @Get(':contentHash')
  @Public()
  @ApiOperation({
    summary: 'What a content hash belongs to: initiative, artifact, version, state and signatures',
  })
  @ApiParam({ name: 'contentHash', description: 'SHA-256, 64 hex digits' })
  @ApiOkResponse({ type: VerificationResultSchema })
  @ApiProblems(400, 404)
  async verify(@Param('contentHash') contentHash: string): Promise<VerificationResult> {
    if (!/^[0-9a-fA-F]{64}$/.test(contentHash)) {
      throw new ProblemException(400, 'A content hash is 64 hexadecimal digits.', {
        type: PROBLEM_TYPES.validation,
        errors: [{ field: 'contentHash', message: 'contentHash must be a SHA-256 in hex' }],
      });
    }
    const row = await this.versions.versionByHash(contentHash.toLowerCase());
    if (!row) {
      throw new ProblemException(404, 'No document with this hash was found.', {
        type: PROBLEM_TYPES.notFound,
      });
    }
    const signatures = await this.sql.rows<{
      actor_name: string;
      decision: 'sign' | 'decline';
      signed_at: Date;
    }>(PUBLIC_SIGNATURES_OF_VERSION, [row.version_id]);
    return {
      initiativeName: row.initiative_name,
      artifactKind: row.kind,
      artifactTitle: row.title,
      versionNumber: row.number,
      status: row.status,
      contentHash: row.content_hash,
      signatures: signatures.map((s) => ({
        actorName: s.actor_name,
        decision: s.decision,
        signedAt: s.signed_at.toISOString(),
      })),
    };
  }
}
