import type { ActionPlanContent } from '@gw/shared/contracts';
import { type BaselineMeasure, measuresByGoal } from './measures-by-goal';

const measure = (id: string, goalIds: string[]) =>
  ({ id, title: id, goalIds }) as Partial<BaselineMeasure> as BaselineMeasure;

const content = (measures: BaselineMeasure[]): ActionPlanContent => ({
  goals: [
    { id: 'g1', title: 'Übergänge begleiten' },
    { id: 'g2', title: 'Angebote bündeln' },
  ],
  measures,
  workingGroups: [],
  actors: [],
  indicators: [],
});

describe('measuresByGoal', () => {
  it('shows a measure under every goal it serves, those without a goal last', () => {
    const groups = measuresByGoal(
      content([measure('both', ['g2', 'g1']), measure('none', []), measure('gone', ['g9'])]),
    );
    expect(groups.map((g) => [g.goal?.id ?? null, g.measures.map((m) => m.id)])).toEqual([
      ['g1', ['both']],
      ['g2', ['both']],
      [null, ['none', 'gone']],
    ]);
  });

  it('leaves out goals without measures', () => {
    expect(measuresByGoal(content([measure('a', ['g2'])])).map((g) => g.goal?.id)).toEqual(['g2']);
  });
});
