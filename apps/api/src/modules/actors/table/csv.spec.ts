import {
  CsvFormatError,
  decodeCsv,
  detectSeparator,
  escapeFormula,
  parseCsv,
  unescapeFormula,
  writeCsv,
} from './csv';

describe('writeCsv', () => {
  it('writes a BOM, semicolons and CRLF, and quotes only where needed', () => {
    const csv = writeCsv([
      ['Institution', 'Mögliche Beiträge'],
      ['AWO; Kreisverband', 'Beratung\nBegleitung'],
      ['Sie sagt "ja"', ' Leerzeichen'],
    ]).toString('utf8');
    expect(csv).toBe(
      '\uFEFFInstitution;Mögliche Beiträge\r\n' +
        '"AWO; Kreisverband";"Beratung\nBegleitung"\r\n' +
        '"Sie sagt ""ja""";" Leerzeichen"\r\n',
    );
  });

  it('takes the apostrophe off again on import, also for values that had one already', () => {
    for (const value of ['=1+1', '+49 2331', "'+49", "''@x", "'Hallo", 'a=b', '-', '']) {
      expect(unescapeFormula(escapeFormula(value))).toBe(value);
    }
    expect(unescapeFormula("'Hallo")).toBe("'Hallo");
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const csv = writeCsv([['=HYPERLINK("x")', '+49 2331 1', '@SUM(A1)', 'a=b']]).toString('utf8');
    expect(csv).toBe('\uFEFF"\'=HYPERLINK(""x"")";\'+49 2331 1;\'@SUM(A1);a=b\r\n');
  });
});

describe('parseCsv', () => {
  it('reads back what writeCsv wrote', () => {
    const rows = [
      ['Institution', 'Notiz', ''],
      ['AWO; Kreisverband', 'Zeile 1\r\nZeile 2', 'Sie sagt "ja"'],
    ];
    expect(parseCsv(decodeCsv(writeCsv(rows)))).toEqual(rows);
  });

  it('keeps empty lines as empty records, so that row numbers match the spreadsheet', () => {
    expect(parseCsv('a;b\n\nc;d\n')).toEqual([['a', 'b'], [''], ['c', 'd']]);
  });

  it('reads commas and tabs when the header has no semicolon', () => {
    expect(detectSeparator('Institution,Bereich\nx;y,z')).toBe(',');
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('a;"b\n')).toThrow(CsvFormatError);
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
