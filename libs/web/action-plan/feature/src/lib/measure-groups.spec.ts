import { measureFixtures } from '@gw/web/action-plan/data-access';
import { groupMeasures } from './measure-groups';

const { measure, goal, workingGroup } = measureFixtures;

const goals = [goal('g2', 'Zweites Ziel', 2), goal('g1', 'Erstes Ziel', 1)];
const groups = [
  workingGroup({ id: 'wg1', name: 'AG Ankommen' }),
  workingGroup({ id: 'wg2', name: 'AG Übergang' }),
];
const both = measure({ id: 'both', goalIds: ['g2', 'g1'], workingGroupId: 'wg2' });
const none = measure({ id: 'none', goalIds: [], workingGroupId: null });
const unknown = measure({ id: 'unknown', goalIds: ['deleted'], workingGroupId: 'deleted' });

describe('groupMeasures', () => {
  it('puts a measure under every goal it serves, in the order of the goals, the rest last', () => {
    const result = groupMeasures([both, none, unknown], 'goal', goals, groups);
    expect(result.map((group) => [group.id, group.measures.map((m) => m.id)])).toEqual([
      ['g1', ['both']],
      ['g2', ['both']],
      [null, ['none', 'unknown']],
    ]);
    expect(result[0]?.label).toBe('Erstes Ziel');
  });

  it('groups by working group, leaving out groups without measures', () => {
    const result = groupMeasures([both, none, unknown], 'workingGroup', goals, groups);
    expect(result.map((group) => [group.id, group.measures.map((m) => m.id)])).toEqual([
      ['wg2', ['both']],
      [null, ['none', 'unknown']],
    ]);
  });
});
