import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SignaturesService } from '../agreements/signatures.service';
import { ApprovalsService } from '../artifacts/approvals.service';
import { ArtifactVersionsService } from '../artifacts/artifact-versions.service';
import { PhaseTransitionsService } from '../phases/phase-transitions.service';
import { ReportsService } from '../reports/reports.service';

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
