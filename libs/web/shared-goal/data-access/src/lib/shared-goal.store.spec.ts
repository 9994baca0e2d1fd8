import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_TYPES, type SharedGoal } from '@gw/shared/contracts';
import { toProblem } from '@gw/web/shared/data-access';
import { SharedGoalStore } from './shared-goal.store';

const URL = '/api/v1/initiatives/i1/shared-goal';

const sharedGoal: SharedGoal = {
  vision: 'Kein junger Mensch geht verloren.',
  goals: [
    { id: 'g2', title: 'Übergänge begleiten', description: '', position: 2 },
    { id: 'g1', title: 'Angebote sichtbar machen', description: '', position: 1 },
  ],
  version: 7,
  updatedAt: '2026-03-01T10:00:00Z',
};

async function loaded() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const store = TestBed.inject(SharedGoalStore);
  const backend = TestBed.inject(HttpTestingController);
  const load = store.load('i1');
  backend.expectOne(URL).flush(sharedGoal);
  await load;
  return { store, backend };
}

describe('SharedGoalStore', () => {
  it('orders the goals by their position', async () => {
    const { store } = await loaded();
    expect(store.goals().map((goal) => goal.id)).toEqual(['g1', 'g2']);
    expect(store.isEmpty()).toBe(false);
  });

  it('replaces the whole goal with the version it read', async () => {
    const { store, backend } = await loaded();
    const saving = store.save({
      vision: 'Neu',
      goals: [{ id: 'g2', title: 'Übergänge begleiten' }],
    });
    const put = backend.expectOne(URL);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      vision: 'Neu',
      goals: [{ id: 'g2', title: 'Übergänge begleiten' }],
      version: 7,
    });
    put.flush({ ...sharedGoal, vision: 'Neu', version: 8 });
    expect((await saving).version).toBe(8);
    expect(store.goal()?.vision).toBe('Neu');
  });

  it('throws a stale version and keeps what it had', async () => {
    const { store, backend } = await loaded();
    const saving = store.save({ vision: 'Neu', goals: [] });
    backend
      .expectOne(URL)
      .flush(
        { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(toProblem(await saving.catch((error: unknown) => error)).status).toBe(409);
    expect(store.goal()?.version).toBe(7);
  });
});
