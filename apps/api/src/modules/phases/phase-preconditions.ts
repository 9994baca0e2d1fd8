import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type ArtifactKind,
  type Phase,
  PROBLEM_TYPES,
  type VersionStatus,
} from '@gw/shared/contracts';
import { ProblemException } from '../../common/problem/problem.exception';
import { VERSION_OF_KIND_IN_STATUS } from '../artifacts/artifacts.queries';

interface Precondition {
  kind: ArtifactKind;
  status: VersionStatus;
  /** Why the phase cannot be entered while the condition is unmet. */
  detail: string;
}

/** The product of a phase that must exist before the next one starts (shared/domain.md). */
const PRECONDITIONS: Partial<Record<Phase, Precondition>> = {
  gestaltung: {
    kind: 'agreement',
    status: 'in_force',
    detail:
      'Gestaltung can only begin once a version of the cooperation agreement (Kooperationsvereinbarung) is in force, that is signed by all its partners. No version is in force yet.',
  },
  umsetzung: {
    kind: 'action_plan',
    status: 'approved',
    detail:
      'Umsetzung can only begin once the steering group has approved a baseline of the action plan (Aktionsplan). No baseline is approved yet.',
  },
};

/**
 * Checks what a phase needs before it may begin: at the proposal and again at the approval, in
 * the caller's transaction. Reads the artifacts tables through the statement the artifacts export
 * for it, so that it depends on no artifact service.
 */
@Injectable()
export class PhasePreconditions {
  /** Throws 409 phase-precondition when `to` may not begin yet. */
  async assertMet(manager: EntityManager, initiativeId: string, to: Phase): Promise<void> {
    const unmet = await this.unmet(manager, initiativeId, to);
    if (unmet) throw new ProblemException(409, unmet, { type: PROBLEM_TYPES.phasePrecondition });
  }

  /** Why `to` may not begin yet, or null when it may. */
  async unmet(manager: EntityManager, initiativeId: string, to: Phase): Promise<string | null> {
    const precondition = PRECONDITIONS[to];
    if (!precondition) return null;
    const rows: unknown[] = await manager.query(VERSION_OF_KIND_IN_STATUS, [
      initiativeId,
      precondition.kind,
      precondition.status,
    ]);
    return rows.length > 0 ? null : precondition.detail;
  }
}
