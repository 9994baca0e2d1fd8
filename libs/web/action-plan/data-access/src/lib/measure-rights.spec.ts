import { editableMeasureFields, measureAccess, MEASURE_FIELDS } from './measure-rights';

const mine = new Set(['wg1']);

describe('measureAccess', () => {
  it('lets the coordination office change everything, also measures without a group', () => {
    expect(measureAccess('coordination', { workingGroupId: 'wg9' }, new Set())).toBe('all');
    expect(measureAccess('coordination', { workingGroupId: null }, new Set())).toBe('all');
    expect(measureAccess('coordination', null, new Set())).toBe('all');
  });

  it("lets a working-group member update the progress of their own groups' measures only", () => {
    expect(measureAccess('working_group', { workingGroupId: 'wg1' }, mine)).toBe('progress');
    expect(measureAccess('working_group', { workingGroupId: 'wg2' }, mine)).toBe('none');
    expect(measureAccess('working_group', { workingGroupId: null }, mine)).toBe('none');
  });

  it('never lets a working-group member add a measure', () => {
    expect(measureAccess('working_group', null, mine)).toBe('none');
  });

  it('lets steering, partners and observers only read', () => {
    for (const role of ['steering', 'partner', 'observer'] as const) {
      expect(measureAccess(role, { workingGroupId: 'wg1' }, mine)).toBe('none');
    }
    expect(measureAccess(null, { workingGroupId: 'wg1' }, mine)).toBe('none');
  });
});

describe('editableMeasureFields', () => {
  it('is every field for coordination, the four progress fields for a working group', () => {
    expect(editableMeasureFields('all')).toEqual(MEASURE_FIELDS);
    expect([...editableMeasureFields('progress')].sort()).toEqual([
      'milestones',
      'notes',
      'progress',
      'status',
    ]);
    expect(editableMeasureFields('none')).toEqual([]);
  });
});
