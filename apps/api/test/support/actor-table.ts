/** The actor table's German headers, written out: a renamed column must fail the tests. */
export const ACTOR_TABLE_HEADERS = [
  'Institution',
  'Bereich',
  'Art',
  'Ansprechperson',
  'Funktion',
  'E-Mail',
  'Telefon',
  'Bestehende Kooperation',
  'Geplantes Mitglied der Kerngruppe',
  'Mitglied erweiterter Foren',
  'Mögliche Beiträge',
  'Ressourcen',
  'Website',
  'Partner',
];

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A CSV file as German Excel saves it ("CSV UTF-8"): BOM, semicolons, CRLF. */
export function csvFile(rows: string[][]): Buffer {
  const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return Buffer.from(
    `\uFEFF${[ACTOR_TABLE_HEADERS, ...rows].map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`,
  );
}

/** One data row in column order: a valid actor, with the given cells changed. */
export function actorRow(cells: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    Institution: 'Stadtbibliothek Teststadt',
    Bereich: 'Bildung',
    Art: 'Verwaltung',
    Ansprechperson: 'Petra Buch',
    Funktion: 'Leitung',
    'E-Mail': 'p.buch@teststadt.de',
    Telefon: '0231 123',
    'Bestehende Kooperation': 'ja',
    'Geplantes Mitglied der Kerngruppe': 'nein',
    'Mitglied erweiterter Foren': 'x',
    'Mögliche Beiträge': 'Räume, Lesepaten',
    Ressourcen: '',
    Website: 'https://bibliothek.teststadt.de',
    Partner: 'nein',
  };
  return ACTOR_TABLE_HEADERS.map((header) => cells[header] ?? base[header]!);
}
