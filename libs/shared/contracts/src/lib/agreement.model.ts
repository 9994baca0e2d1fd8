import type { ArtifactKind, VersionStatus } from './artifact.model';
import type { UserRef } from './user.model';

/** The sections of the Kooperationsvereinbarung (shared/domain.md), in order. */
export const AGREEMENT_SECTION_KEYS = [
  'preamble',
  'shared_goal',
  'partners',
  'bodies_and_roles',
  'contributions',
  'impact_measurement',
  'communication',
  'term',
  'accession_withdrawal',
] as const;
export type AgreementSectionKey = (typeof AGREEMENT_SECTION_KEYS)[number];

export const AGREEMENT_LIMITS = { title: 200, body: 50_000 } as const;

/** A section's text is Markdown; HTML in it is removed on the server. */
export interface AgreementSection {
  key: AgreementSectionKey;
  title: string;
  body: string;
}

export interface AgreementContent {
  sections: AgreementSection[];
}

export const SIGNATURE_DECISIONS = ['sign', 'decline'] as const;
export type SignatureDecision = (typeof SIGNATURE_DECISIONS)[number];

export const SIGNATURE_LIMITS = { reason: 2000 } as const;

/** POST .../versions/:n/signatures. `actorId` is needed only by someone representing several. */
export interface SignRequest {
  decision: SignatureDecision;
  reason?: string;
  actorId?: string;
}

/** A signature (or a decline) of one partner actor on one exact, frozen version. */
export interface Signature {
  id: string;
  actorId: string;
  actorName: string;
  signer: UserRef | null;
  decision: SignatureDecision;
  reason: string | null;
  /** The hash of the version signed: the signature is bound to exactly that content. */
  contentHash: string;
  signedAt: string;
  /** `round`: within the signature round; `accession`: a later Beitritt to the version in force. */
  kind: 'round' | 'accession';
}

export interface RequiredSignatory {
  actorId: string;
  actorName: string;
  status: 'pending' | 'signed' | 'declined';
  signature: Signature | null;
}

/** A partner's Austritt: it leaves the agreement from a date, for a reason. */
export interface Withdrawal {
  id: string;
  actorId: string;
  actorName: string;
  effectiveDate: string;
  reason: string;
  recordedBy: UserRef | null;
  recordedAt: string;
}

export const WITHDRAWAL_LIMITS = { reason: 2000 } as const;

export interface WithdrawRequest {
  actorId: string;
  /** YYYY-MM-DD */
  effectiveDate: string;
  reason: string;
}

export interface ActorRef {
  actorId: string;
  actorName: string;
}

/** Who has to sign a version, who has, who may still accede, who withdrew. */
export interface SignatureOverview {
  versionNumber: number;
  contentHash: string | null;
  required: RequiredSignatory[];
  accessions: Signature[];
  withdrawals: Withdrawal[];
  /** Partner actors the caller represents and may sign (or accede) for on this version now. */
  signable: ActorRef[];
  /**
   * Partners that signed this version (in force) and have not withdrawn, for whom the caller may
   * record a withdrawal: all of them for coordination, the ones they represent for others.
   */
  withdrawable: ActorRef[];
}

/** What anyone holding a printed agreement may learn from its hash: nothing more. */
export interface VerificationResult {
  initiativeName: string;
  artifactKind: ArtifactKind;
  artifactTitle: string;
  versionNumber: number;
  status: VersionStatus;
  contentHash: string;
  signatures: { actorName: string; decision: SignatureDecision; signedAt: string }[];
}
