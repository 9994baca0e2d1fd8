import {
  AGREEMENT_SECTION_KEYS,
  type AgreementContent,
  type Artifact,
  type ArtifactComment,
  type ArtifactVersionSummary,
  type SignatureOverview,
  type VersionStatus,
} from '@gw/shared/contracts';
import type { AgreementVersion } from '../agreement.api';

/** Test data of the agreement, as the API sends it; used by the specs of the agreement libs. */
export const INITIATIVE_ID = 'i1';
export const ARTIFACT_ID = 'a1';
export const BASE = `/api/v1/initiatives/${INITIATIVE_ID}/artifacts`;
export const ARTIFACT_URL = `${BASE}/${ARTIFACT_ID}`;
export const HASH = 'ab'.repeat(32);

export function content(body = (key: string) => `Text zu ${key}`): AgreementContent {
  return {
    sections: AGREEMENT_SECTION_KEYS.map((key) => ({
      key,
      title: `Titel ${key}`,
      body: body(key),
    })),
  };
}

export function summary(number: number, status: VersionStatus): ArtifactVersionSummary {
  const frozen = status !== 'draft';
  return {
    number,
    status,
    contentHash: frozen ? HASH : null,
    createdAt: '2026-03-01T10:00:00Z',
    createdBy: { userId: 'u-coord', displayName: 'Clara Koordination' },
    submittedAt: frozen ? '2026-03-02T10:00:00Z' : null,
    submittedBy: frozen ? { userId: 'u-coord', displayName: 'Clara Koordination' } : null,
  };
}

export function artifact(...versions: ArtifactVersionSummary[]): Artifact {
  return {
    id: ARTIFACT_ID,
    kind: 'agreement',
    title: 'Kooperationsvereinbarung',
    latestVersion: versions[0] ?? null,
    createdAt: '2026-01-01T00:00:00Z',
    versions,
  };
}

export function version(
  number: number,
  status: VersionStatus,
  overrides: Partial<AgreementVersion> = {},
): AgreementVersion {
  return {
    ...summary(number, status),
    artifactId: ARTIFACT_ID,
    kind: 'agreement',
    content: content(),
    version: 1,
    ...overrides,
  };
}

export function overview(overrides: Partial<SignatureOverview> = {}): SignatureOverview {
  return {
    versionNumber: 1,
    contentHash: HASH,
    required: [
      {
        actorId: 'act-1',
        actorName: 'Stadtjugendring',
        status: 'signed',
        signature: {
          id: 's1',
          actorId: 'act-1',
          actorName: 'Stadtjugendring',
          signer: { userId: 'u-p1', displayName: 'Paula Partner' },
          decision: 'sign',
          reason: null,
          contentHash: HASH,
          signedAt: '2026-03-03T09:00:00Z',
          kind: 'round',
        },
      },
      { actorId: 'act-2', actorName: 'Jobcenter', status: 'pending', signature: null },
    ],
    accessions: [],
    withdrawals: [],
    signable: [],
    withdrawable: [],
    ...overrides,
  };
}

export function comment(
  id: string,
  sectionKey: string,
  overrides: Partial<ArtifactComment> = {},
): ArtifactComment {
  return {
    id,
    versionNumber: 1,
    sectionKey,
    body: `Kommentar ${id}`,
    author: { userId: 'u-p1', displayName: 'Paula Partner' },
    createdAt: '2026-03-01T12:00:00Z',
    resolvedAt: null,
    resolvedBy: null,
    ...overrides,
  };
}
