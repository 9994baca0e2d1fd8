import { statusAfterEntry, valueEntryRefusal } from './measurement-rights';

describe('measurement rights', () => {
  it('lets coordination enter every value, approved on entry', () => {
    for (const steward of [true, false]) {
      expect(valueEntryRefusal({ role: 'coordination', steward })).toBeNull();
      expect(statusAfterEntry({ role: 'coordination', steward })).toBe('approved');
    }
  });

  it("lets a data steward of any role but observer enter the indicator's values, for review", () => {
    for (const role of ['steering', 'working_group', 'partner'] as const) {
      expect(valueEntryRefusal({ role, steward: true })).toBeNull();
      expect(statusAfterEntry({ role, steward: true })).toBe('submitted');
    }
  });

  it('refuses members who are not stewards of the indicator, and observers', () => {
    for (const role of ['steering', 'working_group', 'partner'] as const) {
      expect(valueEntryRefusal({ role, steward: false })).toMatch(/data stewards/);
    }
    expect(valueEntryRefusal({ role: 'observer', steward: true })).toMatch(/Observers/);
  });
});
