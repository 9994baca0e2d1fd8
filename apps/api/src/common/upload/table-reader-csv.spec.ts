import { writeCsv } from '../../modules/actors/table/csv';
import { csvRecords, decodeCsv, detectSeparator } from './table-reader-csv';
import { TableReadError } from './table-reader-records';

const parse = (text: string) => [...csvRecords(text)];

describe('csvRecords', () => {
  it('reads back what writeCsv wrote', () => {
    const rows = [
      ['Institution', 'Notiz', ''],
      ['AWO; Kreisverband', 'Zeile 1\r\nZeile 2', 'Sie sagt "ja"'],
    ];
    expect(parse(decodeCsv(writeCsv(rows)))).toEqual(rows);
  });

  it('keeps empty lines as empty records, so that row numbers match the spreadsheet', () => {
    expect(parse('a;b\n\nc;d\n')).toEqual([['a', 'b'], [''], ['c', 'd']]);
  });

  it('reads commas and tabs when the header has no semicolon', () => {
    expect(detectSeparator('Institution,Bereich\nx;y,z')).toBe(',');
    expect(parse('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses an unterminated quote', () => {
    expect(() => parse('a;"b\n')).toThrow(TableReadError);
  });

  it('stops at the first row wider than 50 columns, naming the row and the limit', () => {
    const records = csvRecords(`a;b\n${';x'.repeat(1_000_000)}\nnever;read`);
    expect(records.next().value).toEqual(['a', 'b']);
    expect(() => records.next()).toThrow('Row 2 has more than 50 columns');
    expect(() => parse(`a${';'.repeat(49)}`)).not.toThrow();
  });

  it('stops at the first cell longer than 10,000 characters, also inside quotes', () => {
    expect(() => parse(`a;b\nx;${'y'.repeat(10_001)}`)).toThrow(
      'Column 2 of row 2 holds more than 10000 characters',
    );
    expect(() => parse(`"${'y'.repeat(10_001)}"`)).toThrow(/row 1/);
    expect(parse(`x;${'y'.repeat(10_000)}`)[0]?.[1]).toHaveLength(10_000);
  });
});

describe('decodeCsv', () => {
  it('strips the BOM and falls back to Windows-1252 for older Excel files', () => {
    expect(decodeCsv(Buffer.from('\uFEFFä;ö', 'utf8'))).toBe('ä;ö');
    expect(decodeCsv(Buffer.from([0x42, 0xfc, 0x72, 0x6f]))).toBe('Büro');
  });

  it('refuses binary content and XLSX files', () => {
    expect(() => decodeCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toThrow(/XLSX/);
    expect(() => decodeCsv(Buffer.from([0x41, 0x00, 0x42]))).toThrow(/binary/);
  });
});
