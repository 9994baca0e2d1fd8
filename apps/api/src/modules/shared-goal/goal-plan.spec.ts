import { planGoals } from './goal-plan';

describe('planGoals', () => {
  it('keeps known goals, creates new ones and deletes the ones left out, in the given order', () => {
    const plan = planGoals(
      ['a', 'b', 'c'],
      [
        { title: 'Neu', description: 'frisch' },
        { id: 'c', title: 'C geändert' },
        { id: 'a', title: 'A' },
      ],
    );
    expect(plan).toEqual({
      errors: [],
      create: [{ title: 'Neu', description: 'frisch', position: 1 }],
      update: [
        { id: 'c', title: 'C geändert', description: '', position: 2 },
        { id: 'a', title: 'A', description: '', position: 3 },
      ],
      delete: ['b'],
    });
  });

  it('reports unknown and repeated ids with their index', () => {
    const plan = planGoals(
      ['a'],
      [
        { id: 'x', title: 'X' },
        { id: 'a', title: 'A' },
        { id: 'a', title: 'A' },
      ],
    );
    expect(plan.errors.map((e) => [e.field, e.code])).toEqual([
      ['goals.0.id', 'unknown_goal'],
      ['goals.2.id', 'duplicate'],
    ]);
  });

  it('deletes everything for an empty list', () => {
    expect(planGoals(['a', 'b'], []).delete).toEqual(['a', 'b']);
  });
});
