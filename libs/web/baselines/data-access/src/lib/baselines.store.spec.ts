import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  ActionPlanStatus,
  ApprovalOverview,
  Artifact,
  ArtifactVersionSummary,
  VersionStatus,
} from '@gw/shared/contracts';
import type { Baseline } from './baselines.api';
import { BaselinesStore } from './baselines.store';

const BASE = '/api/v1/initiatives/i1';
const ARTIFACT = `${BASE}/artifacts/ap1`;

const summary = (number: number, status: VersionStatus): ArtifactVersionSummary => ({
  number,
  status,
  contentHash: status === 'draft' ? null : 'a'.repeat(64),
  createdAt: '2026-11-01T10:00:00Z',
  createdBy: null,
  submittedAt: null,
  submittedBy: null,
});

const artifact = (...versions: ArtifactVersionSummary[]): Artifact => ({
  id: 'ap1',
  kind: 'action_plan',
  title: 'Aktionsplan',
  latestVersion: versions[versions.length - 1] ?? null,
  createdAt: '2026-11-01T10:00:00Z',
  versions,
});

const status: ActionPlanStatus = {
  artifactId: 'ap1',
  baseline: null,
  removedSinceBaseline: [],
  measureCount: 3,
};

const baseline = (number: number, state: VersionStatus): Baseline => ({
  ...summary(number, state),
  artifactId: 'ap1',
  kind: 'action_plan',
  content: { measures: [], goals: [], workingGroups: [], actors: [], indicators: [] },
  version: 1,
});

const overview: ApprovalOverview = {
  versionNumber: 1,
  quorum: 'all',
  approvers: [{ userId: 'u1', displayName: 'Eva Brandt' }],
  needed: 1,
  approvals: [],
  canDecide: true,
};

async function loaded(...versions: ArtifactVersionSummary[]) {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const store = TestBed.inject(BaselinesStore);
  const backend = TestBed.inject(HttpTestingController);
  const settle = () => new Promise((resolve) => setTimeout(resolve));
  const loading = store.load('i1');
  backend.expectOne(`${BASE}/action-plan`).flush(status);
  await settle();
  backend.expectOne(ARTIFACT).flush(artifact(...versions));
  await loading;
  return { store, backend, settle };
}

describe('BaselinesStore', () => {
  it('lists the baselines newest first and allows a new one after a decision', async () => {
    const { store } = await loaded(summary(1, 'rejected'), summary(2, 'approved'));
    expect(store.versions().map((v) => v.number)).toEqual([2, 1]);
    expect(store.canStartVersion()).toBe(true);
  });

  it('allows no new baseline while one waits for the steering group', async () => {
    const { store } = await loaded(summary(1, 'submitted'));
    expect(store.canStartVersion()).toBe(false);
  });

  it('loads a submitted baseline with where its approval stands, a draft without', async () => {
    const { store, backend, settle } = await loaded(summary(1, 'submitted'), summary(2, 'draft'));
    const first = store.select(1);
    backend.expectOne(`${ARTIFACT}/versions/1`).flush(baseline(1, 'submitted'));
    await settle();
    backend.expectOne(`${ARTIFACT}/versions/1/approvals`).flush(overview);
    await first;
    expect(store.approvals()).toEqual(overview);

    const second = store.select(2);
    backend.expectOne(`${ARTIFACT}/versions/2`).flush(baseline(2, 'draft'));
    await second;
    backend.expectNone(`${ARTIFACT}/versions/2/approvals`);
    expect(store.approvals()).toBeNull();
  });

  it('sends a decision with its comment and loads the baseline again', async () => {
    const { store, backend, settle } = await loaded(summary(1, 'submitted'));
    const deciding = store.decide(1, { decision: 'reject', comment: 'Ressourcen fehlen.' });
    const request = backend.expectOne(`${ARTIFACT}/versions/1/approvals`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ decision: 'reject', comment: 'Ressourcen fehlen.' });
    request.flush({});
    await settle();
    backend.expectOne(`${BASE}/action-plan`).flush(status);
    backend.expectOne(`${ARTIFACT}/versions/1`).flush(baseline(1, 'rejected'));
    await settle();
    backend.expectOne(ARTIFACT).flush(artifact(summary(1, 'rejected')));
    backend
      .expectOne((r) => r.method === 'GET' && r.url === `${ARTIFACT}/versions/1/approvals`)
      .flush(overview);
    await deciding;
    expect(store.latest()?.status).toBe('rejected');
    expect(store.baseline()?.status).toBe('rejected');
  });
});
