import { baselineMarker } from './baseline-marker';

describe('baselineMarker', () => {
  it('marks nothing while no baseline has been approved', () => {
    expect(baselineMarker({ kind: 'no_baseline', fields: [] })).toBeNull();
    expect(baselineMarker(undefined)).toBeNull();
  });

  it('marks a measure added since the baseline as new', () => {
    expect(baselineMarker({ kind: 'new', fields: [] })).toEqual({ kind: 'new' });
  });

  it('names the fields that changed since the baseline', () => {
    expect(baselineMarker({ kind: 'changed', fields: ['status', 'endDate'] })).toEqual({
      kind: 'changed',
      fields: ['status', 'endDate'],
    });
  });

  it('marks a measure as it was in the baseline as unchanged', () => {
    expect(baselineMarker({ kind: 'unchanged', fields: [] })).toEqual({ kind: 'unchanged' });
  });
});
