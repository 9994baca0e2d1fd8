import { planKeyedList } from './keyed-list-plan';

describe('planKeyedList', () => {
  it('keeps known items, creates new ones and deletes the ones left out, in the given order', () => {
    const plan = planKeyedList(
      ['a', 'b', 'c'],
      [{ title: 'Neu' }, { id: 'c', title: 'C geändert' }, { id: 'a', title: 'A' }],
      'milestones',
      'milestone',
    );
    expect(plan).toEqual({
      errors: [],
      create: [{ title: 'Neu', position: 1 }],
      update: [
        { id: 'c', title: 'C geändert', position: 2 },
        { id: 'a', title: 'A', position: 3 },
      ],
      delete: ['b'],
    });
  });

  it('reports unknown and repeated ids with their index', () => {
    const plan = planKeyedList(
      ['a'],
      [
        { id: 'x', value: 1 },
        { id: 'a', value: 2 },
        { id: 'a', value: 3 },
      ],
      'targets',
      'target',
    );
    expect(plan.errors.map((e) => [e.field, e.code])).toEqual([
      ['targets.0.id', 'unknown_target'],
      ['targets.2.id', 'duplicate'],
    ]);
  });

  it('deletes everything for an empty list', () => {
    expect(planKeyedList(['a', 'b'], [], 'values', 'value').delete).toEqual(['a', 'b']);
  });
});
