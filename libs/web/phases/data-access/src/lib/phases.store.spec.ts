import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  PROBLEM_TYPES,
  type PhaseOverview,
  type PhaseTransition,
  type Step,
} from '@gw/shared/contracts';
import { toProblem } from '@gw/web/shared/data-access';
import { PhasesStore } from './phases.store';

const BASE = '/api/v1/initiatives/i1';

const step = (overrides: Partial<Step> = {}): Step => ({
  id: 's1',
  phase: 'initiierung',
  key: 'form_steering_group',
  title: null,
  position: 1,
  status: 'open',
  responsible: null,
  dueDate: null,
  note: '',
  version: 4,
  ...overrides,
});

const phases = (current: 'initiierung' | 'gestaltung' = 'initiierung'): PhaseOverview[] => [
  {
    phase: 'initiierung',
    current: current === 'initiierung',
    completed: current !== 'initiierung',
    steps: [step()],
  },
  { phase: 'gestaltung', current: current === 'gestaltung', completed: false, steps: [] },
  { phase: 'umsetzung', current: false, completed: false, steps: [] },
];

const transition = (overrides: Partial<PhaseTransition> = {}): PhaseTransition => ({
  id: 't1',
  from: 'initiierung',
  to: 'gestaltung',
  rationale: 'Die Vereinbarung ist unterschrieben.',
  status: 'pending',
  proposedBy: { userId: 'u1', displayName: 'Anna Keller' },
  proposedAt: '2026-03-01T10:00:00Z',
  decidedBy: null,
  decidedAt: null,
  comment: null,
  ...overrides,
});

async function loaded() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const store = TestBed.inject(PhasesStore);
  const backend = TestBed.inject(HttpTestingController);
  const load = store.load('i1', { withTransitions: true });
  backend.expectOne(`${BASE}/phases`).flush(phases());
  backend.expectOne(`${BASE}/phase-transitions`).flush([transition()]);
  await load;
  return { store, backend };
}

describe('PhasesStore', () => {
  it('knows the current and next phase and the pending proposal', async () => {
    const { store } = await loaded();
    expect(store.currentPhase()).toBe('initiierung');
    expect(store.nextPhase()).toBe('gestaltung');
    expect(store.pending()?.id).toBe('t1');
    expect(store.steps()?.map((item) => item.id)).toEqual(['s1']);
  });

  it('sends the version it read with a step change and keeps the answer', async () => {
    const { store, backend } = await loaded();
    const saving = store.updateStep(step(), { status: 'done' });
    const request = backend.expectOne(`${BASE}/steps/s1`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ status: 'done', version: 4 });
    request.flush(step({ status: 'done', version: 5 }));
    await saving;
    expect(store.steps()?.[0]).toMatchObject({ status: 'done', version: 5 });
  });

  it('throws a stale version to the caller and keeps the step as it was', async () => {
    const { store, backend } = await loaded();
    const saving = store.updateStep(step(), { status: 'done' });
    backend
      .expectOne(`${BASE}/steps/s1`)
      .flush(
        { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    const error = await saving.catch((caught: unknown) => caught);
    expect(toProblem(error).type).toBe(PROBLEM_TYPES.staleVersion);
    expect(store.steps()?.[0]).toMatchObject({ status: 'open', version: 4 });
  });

  it('loads the phases again after an approval, which moves the initiative on', async () => {
    const { store, backend } = await loaded();
    const deciding = store.decide(transition(), 'approve', 'Einverstanden.');
    const decision = backend.expectOne(`${BASE}/phase-transitions/t1/decision`);
    expect(decision.request.body).toEqual({ decision: 'approve', comment: 'Einverstanden.' });
    decision.flush(transition({ status: 'approved', comment: 'Einverstanden.' }));
    await Promise.resolve();
    backend.expectOne(`${BASE}/phases`).flush(phases('gestaltung'));
    backend
      .expectOne(`${BASE}/phase-transitions`)
      .flush([transition({ status: 'approved', comment: 'Einverstanden.' })]);
    await deciding;
    expect(store.currentPhase()).toBe('gestaltung');
    expect(store.pending()).toBeNull();
  });
});
