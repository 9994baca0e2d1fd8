import type { ActionPlanStatus, Goal, Measure, Page, WorkingGroup } from '@gw/shared/contracts';

/** A measure as the API sends it (Sprachförderung, AG Ankommen), with `overrides`. */
export function measure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: 'm1',
    title: 'Sprachförderung vor Ausbildungsbeginn',
    description: 'Berufsbezogene Deutschkurse für junge Zugewanderte.',
    goalIds: ['g1'],
    workingGroupId: 'wg1',
    leadActorId: 'a1',
    contributingActorIds: ['a2'],
    startDate: '2026-08-15',
    endDate: '2027-12-31',
    milestones: [
      { id: 'ms1', title: 'Zwei Kurse gestartet', dueDate: '2026-09-30', done: true },
      { id: 'ms2', title: 'Dritter Kurs', dueDate: '2027-02-15', done: false },
    ],
    status: 'running',
    progress: 55,
    resources: [{ actorId: 'a1', eur: 22000, staffHours: 240, inKind: '' }],
    dependencyIds: [],
    indicatorIds: ['ind1'],
    notes: '',
    version: 3,
    updatedAt: '2026-11-01T10:00:00Z',
    baselineChange: { kind: 'no_baseline', fields: [] },
    ...overrides,
  };
}

export function goal(id: string, title: string, position: number): Goal {
  return { id, title, description: '', position };
}

export function workingGroup(overrides: Partial<WorkingGroup> = {}): WorkingGroup {
  return {
    id: 'wg1',
    name: 'AG Ankommen',
    mandate: '',
    lead: { memberId: 'mem-lead', displayName: 'Leyla Aksoy' },
    members: [{ memberId: 'mem-wg', displayName: 'Aylin Demir' }],
    actorIds: [],
    measureCount: 1,
    version: 1,
    createdAt: '',
    updatedAt: '',
    ...overrides,
  };
}

export function page<T>(items: T[], total = items.length, pageNumber = 1): Page<T> {
  return { items, total, page: pageNumber, pageSize: 20 };
}

export function planStatus(overrides: Partial<ActionPlanStatus> = {}): ActionPlanStatus {
  return {
    artifactId: 'art1',
    baseline: null,
    removedSinceBaseline: [],
    measureCount: 1,
    ...overrides,
  };
}
