import { escapeFormula, unescapeFormula } from '../../../common/upload/table-reader-csv';
import { writeCsv } from './csv';

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
