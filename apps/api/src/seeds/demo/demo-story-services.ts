import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SignaturesService } from '../../modules/agreements/signatures.service';
import { ApprovalsService } from '../../modules/artifacts/approvals.service';
import { ArtifactVersionsService } from '../../modules/artifacts/artifact-versions.service';
import { PhaseTransitionsService } from '../../modules/phases/phase-transitions.service';
import { ReportsService } from '../../modules/reports/reports.service';

/**
 * The services the demo's story goes through after the seed's transaction, so that its
 * agreement, phase transitions, action-plan baseline and report follow the same rules (and
 * leave the same audit trail and hashes) as a user's.
 */
@Injectable()
export class DemoStoryServices {
  constructor(
    readonly dataSource: DataSource,
    readonly versions: ArtifactVersionsService,
    readonly signatures: SignaturesService,
    readonly approvals: ApprovalsService,
    readonly transitions: PhaseTransitionsService,
    readonly reports: ReportsService,
  ) {}
}
