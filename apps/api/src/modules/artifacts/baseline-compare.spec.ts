import { compareToBaseline, type MeasureSnapshot } from './baseline-compare';

const measure = (overrides: Partial<MeasureSnapshot> = {}): MeasureSnapshot => ({
  id: 'm1',
  title: 'Praktikumsbörse',
  description: '',
  goalIds: ['g1', 'g2'],
  workingGroupId: 'w1',
  leadActorId: 'a1',
  contributingActorIds: ['a2', 'a3'],
  startDate: '2027-01-01',
  endDate: '2027-12-31',
  milestones: [{ id: 'ms1', title: 'Start', dueDate: '2027-02-01', done: false }],
  status: 'planned',
  progress: 0,
  resources: [{ actorId: 'a1', eur: 5000, staffHours: 120, inKind: '' }],
  dependencyIds: [],
  indicatorIds: [],
  notes: '',
  ...overrides,
});

describe('compareToBaseline', () => {
  const baseline = new Map([['m1', measure()]]);

  it('says when there is no approved baseline, and when a measure is new', () => {
    expect(compareToBaseline(measure(), null)).toEqual({ kind: 'no_baseline', fields: [] });
    expect(compareToBaseline(measure({ id: 'm2' }), baseline)).toEqual({ kind: 'new', fields: [] });
  });

  it('ignores the order of id lists', () => {
    const same = measure({ goalIds: ['g2', 'g1'], contributingActorIds: ['a3', 'a2'] });
    expect(compareToBaseline(same, baseline)).toEqual({ kind: 'unchanged', fields: [] });
  });

  it('names every field that changed', () => {
    const changed = measure({
      status: 'delayed',
      endDate: '2028-03-31',
      milestones: [{ id: 'ms1', title: 'Start', dueDate: '2027-02-01', done: true }],
    });
    expect(compareToBaseline(changed, baseline)).toEqual({
      kind: 'changed',
      fields: ['endDate', 'milestones', 'status'],
    });
  });
});
