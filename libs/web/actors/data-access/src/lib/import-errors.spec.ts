import { describeImportError } from './import-errors';

describe('describeImportError', () => {
  it('keeps the row and the column as the file names them and translates by code', () => {
    expect(
      describeImportError({
        row: 4,
        field: 'Bereich',
        code: 'invalid_choice',
        message: 'Bereich "Weltall" is not one of: Migration und Integration, …',
      }),
    ).toEqual({
      row: 4,
      column: 'Bereich',
      line: null,
      message: { key: 'actors.import.code.invalid_choice' },
    });
  });

  it('keeps the limit of a length error and the contact line it is about', () => {
    expect(
      describeImportError({
        row: 7,
        field: 'Funktion',
        code: 'too_long',
        message: 'Funktion (line 2) must be at most 200 characters long.',
      }),
    ).toMatchObject({
      line: 2,
      message: { key: 'actors.import.code.too_long', params: { max: '200' } },
    });
  });

  it('knows errors of the header row', () => {
    expect(
      describeImportError({
        row: 1,
        field: 'Partner',
        code: 'missing_column',
        message: 'The column "Partner" is missing.',
      }).message,
    ).toEqual({ key: 'actors.import.code.missing_column' });
  });

  it('falls back to the validator sentence for a code it does not know', () => {
    expect(
      describeImportError({
        row: 2,
        field: 'Website',
        code: 'mystery',
        message: 'Website should not be empty',
      }).message,
    ).toEqual({ key: 'validation.required' });
  });
});
