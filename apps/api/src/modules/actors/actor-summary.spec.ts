import { summarizeAreas } from './actor-summary';

describe('summarizeAreas', () => {
  it('lists every area in order, with zeros for areas without actors', () => {
    const summary = summarizeAreas([
      { area: 'education', actors: 3, plannedCoreGroup: 1, partners: 2 },
      { area: 'other', actors: 1, plannedCoreGroup: 0, partners: 0 },
    ]);
    expect(summary.map((s) => s.area)).toEqual([
      'migration_integration',
      'work_economy',
      'social',
      'education',
      'other',
    ]);
    expect(summary[3]).toEqual({
      area: 'education',
      actors: 3,
      plannedCoreGroup: 1,
      partners: 2,
      missingCoreGroupMember: false,
    });
    expect(summary[0]).toEqual({
      area: 'migration_integration',
      actors: 0,
      plannedCoreGroup: 0,
      partners: 0,
      missingCoreGroupMember: true,
    });
  });

  it('warns only for the four core areas, never for "other"', () => {
    const summary = summarizeAreas([
      { area: 'migration_integration', actors: 2, plannedCoreGroup: 1, partners: 0 },
      { area: 'work_economy', actors: 2, plannedCoreGroup: 0, partners: 2 },
    ]);
    expect(summary.filter((s) => s.missingCoreGroupMember).map((s) => s.area)).toEqual([
      'work_economy',
      'social',
      'education',
    ]);
  });
});
