import { describeImportError } from './import-errors';

describe('describeImportError', () => {
  it('says what is wrong in the UI’s words, with the cell’s text the API quotes', () => {
    expect(
      describeImportError({
        row: 4,
        field: 'Stadtteil',
        code: 'unknown_value',
        message: '"Mitte-Nord" is not a value of the dimension "Stadtteil".',
      }),
    ).toEqual({
      row: 4,
      column: 'Stadtteil',
      text: 'Mitte-Nord',
      message: { key: 'measurements.import.code.unknown_value' },
    });
  });

  it('keeps the limit a length error names', () => {
    expect(
      describeImportError({
        row: 2,
        field: 'Quelle',
        code: 'too_long',
        message: 'Quelle must be at most 1000 characters long.',
      }).message,
    ).toEqual({ key: 'measurements.import.code.too_long', params: { max: '1000' } });
  });

  it('falls back to the validator sentence for an unknown code, and to the whole file without a row', () => {
    const row = describeImportError({ field: '', message: 'should not be empty' });
    expect(row.row).toBeNull();
    expect(row.message).toEqual({ key: 'validation.required' });
  });
});
