import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { of } from 'rxjs';
import type {
  ActionPlanStatus,
  ArtifactVersionSummary,
  Initiative,
  Role,
  VersionStatus,
} from '@gw/shared/contracts';
import { BaselinesStore, type Baseline } from '@gw/web/baselines/data-access';
import { artifactFixtures } from '@gw/web/artifacts/feature';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { AuthStore } from '@gw/web/shared/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { BaselineActions } from '../baseline-actions';
import { baselineHistory } from '../baseline-history.i18n';
import { baselines } from '../baselines.i18n';

export const BASE = '/api/v1/initiatives/i1';
export const ARTIFACT = `${BASE}/artifacts/ap1`;
export const { EVA, summary, decision, overview } = artifactFixtures;

export const baseline = (number: number, status: VersionStatus): Baseline => ({
  ...summary(number, status),
  artifactId: 'ap1',
  kind: 'action_plan',
  content: {
    goals: [{ id: 'g1', title: 'Übergänge begleiten' }],
    measures: [],
    workingGroups: [],
    actors: [],
    indicators: [],
  },
  version: 1,
});

const status: ActionPlanStatus = {
  artifactId: 'ap1',
  baseline: null,
  removedSinceBaseline: [],
  measureCount: 2,
};

export const initiative = (role: Role): Initiative => ({
  id: 'i1',
  name: 'Jugendpakt Lindenfeld',
  description: '',
  targetGroups: [],
  customTargetGroups: [],
  region: { municipality: 'Lindenfeld', districts: [] },
  owner: null,
  phase: 'gestaltung',
  approvalQuorum: 'majority',
  suppressionThreshold: 5,
  version: 7,
  createdAt: '2026-10-01T10:00:00Z',
  updatedAt: '2026-10-01T10:00:00Z',
  myRole: role,
});

export const settle = async (fixture?: { whenStable(): Promise<unknown> }) => {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture?.whenStable();
};

/**
 * A TestBed as the baselines' routes give it: the initiative loaded with the caller's role, the
 * signed-in user, every confirmation answered with "yes", and the action plan loaded.
 */
export async function setUp(role: Role, userId: string, versions: ArtifactVersionSummary[]) {
  localStorage.clear();
  const confirmations: unknown[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      BaselineActions,
      { provide: AuthStore, useValue: { user: signal({ id: userId }) } },
      {
        provide: MatDialog,
        useValue: {
          open: (_: unknown, config: { data: unknown }) => {
            confirmations.push(config.data);
            return { afterClosed: () => of(true) };
          },
        },
      },
    ],
  });
  TestBed.inject(I18nService).addTexts(baselines, baselineHistory);
  const backend = TestBed.inject(HttpTestingController);
  const initiatives = TestBed.inject(InitiativesStore);
  const loadingInitiative = initiatives.load('i1');
  backend.expectOne('/api/v1/initiatives/i1').flush(initiative(role));
  await loadingInitiative;
  const store = TestBed.inject(BaselinesStore);
  const loading = store.load('i1');
  backend.expectOne(`${BASE}/action-plan`).flush(status);
  await settle();
  backend.expectOne(ARTIFACT).flush({
    id: 'ap1',
    kind: 'action_plan',
    title: 'Aktionsplan',
    latestVersion: null,
    createdAt: '2026-10-01T10:00:00Z',
    versions,
  });
  await loading;
  return { backend, store, confirmations };
}

/** The buttons and texts of a rendered component. */
export function query(root: HTMLElement) {
  return {
    button: (name: string) =>
      Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name),
    text: () => root.textContent?.replace(/\s+/g, ' ') ?? '',
  };
}
