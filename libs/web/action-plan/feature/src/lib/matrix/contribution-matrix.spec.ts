import { measureFixtures } from '@gw/web/action-plan/data-access';
import { contributionMatrix } from './contribution-matrix';

const { measure, goal } = measureFixtures;

const goals = [
  goal('g2', 'Ausbildungsabbrüche halbieren', 2),
  goal('g1', 'Kein Abschluss ohne Anschluss', 1),
  goal('g3', 'Ankommen', 3),
];
const actors = [
  { id: 'jugendamt', name: 'Jugendamt' },
  { id: 'awo', name: 'AWO' },
  { id: 'ihk', name: 'IHK' },
  { id: 'verein', name: 'Sportverein' },
];

const measures = [
  measure({
    id: 'coaching',
    goalIds: ['g1', 'g2'],
    leadActorId: 'jugendamt',
    contributingActorIds: ['awo'],
    resources: [{ actorId: 'ihk', eur: 5000, staffHours: null, inKind: '' }],
  }),
  measure({
    id: 'praktika',
    goalIds: ['g1'],
    leadActorId: 'awo',
    contributingActorIds: ['jugendamt'],
    resources: [
      { actorId: 'jugendamt', eur: null, staffHours: 100, inKind: '' },
      { actorId: 'awo', eur: 1000, staffHours: null, inKind: '' },
    ],
  }),
  measure({
    id: 'ohne-ziel',
    goalIds: [],
    leadActorId: 'verein',
    contributingActorIds: [],
    resources: [],
  }),
];

describe('contributionMatrix', () => {
  const matrix = contributionMatrix(measures, goals, actors);
  const cell = (actorId: string, goalId: string) => {
    const row = matrix.rows.find((item) => item.actor.id === actorId)!;
    return row.cells[matrix.goals.findIndex((item) => item.goal.id === goalId)]!;
  };

  it('orders the goals as the shared goal does and counts the measures serving each', () => {
    expect(matrix.goals.map((item) => [item.goal.id, item.measureCount])).toEqual([
      ['g1', 2],
      ['g2', 1],
      ['g3', 0],
    ]);
  });

  it('counts per actor and goal how many measures it leads, takes part in and funds', () => {
    expect(cell('jugendamt', 'g1')).toEqual({
      lead: 1,
      contributing: 1,
      resources: 1,
      measureIds: ['coaching', 'praktika'],
    });
    expect(cell('awo', 'g1')).toEqual({
      lead: 1,
      contributing: 1,
      resources: 1,
      measureIds: ['coaching', 'praktika'],
    });
    expect(cell('ihk', 'g2')).toEqual({
      lead: 0,
      contributing: 0,
      resources: 1,
      measureIds: ['coaching'],
    });
    expect(cell('ihk', 'g3').measureIds).toEqual([]);
  });

  it('shows the goals no measure serves', () => {
    expect(matrix.goalsWithoutMeasures.map((item) => item.id)).toEqual(['g3']);
  });

  it('shows the actors who contribute to no goal, also when their measure serves none', () => {
    expect(matrix.actorsWithoutContribution).toEqual([{ id: 'verein', name: 'Sportverein' }]);
    expect(matrix.rows.map((row) => [row.actor.id, row.goalCount])).toEqual([
      ['jugendamt', 2],
      ['awo', 2],
      ['ihk', 2],
      ['verein', 0],
    ]);
  });

  it('has every goal without measures and every actor idle when there are no measures', () => {
    const empty = contributionMatrix([], goals, actors);
    expect(empty.goalsWithoutMeasures).toHaveLength(3);
    expect(empty.actorsWithoutContribution).toHaveLength(4);
  });
});
