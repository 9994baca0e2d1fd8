import type { Actor } from '@gw/shared/contracts';
import { actorToCells, TABLE_HEADERS } from './actor-table';
import type { TableRecord } from '../../../common/upload/table-reader';
import { readActorTable } from './read-actor-table';

const records = (...rows: string[][]): TableRecord[] =>
  rows.map((cells, index) => ({ row: index + 1, cells }));

/** A data row in column order, with named overrides. */
function row(overrides: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    Institution: 'Jugendamt Auenstadt',
    Bereich: 'Soziales',
    Art: 'Verwaltung',
    Ansprechperson: 'Andreas Meyer',
    Funktion: 'Leitung',
    'E-Mail': 'a.meyer@auenstadt.de',
    Telefon: '+49 2331 100',
    'Bestehende Kooperation': 'ja',
    'Geplantes Mitglied der Kerngruppe': 'x',
    'Mitglied erweiterter Foren': '',
    'Mögliche Beiträge': 'Jugendhilfeplanung',
    Ressourcen: '',
    Website: 'https://www.auenstadt.de',
    Partner: 'nein',
  };
  return TABLE_HEADERS.map((header) => overrides[header] ?? base[header]!);
}

describe('readActorTable', () => {
  it('reads a valid row into an actor input with German labels and tick boxes', () => {
    const {
      rows,
      errors: { list: errors },
    } = readActorTable(records(TABLE_HEADERS, row()));
    expect(errors).toEqual([]);
    expect({
      ...rows[0]!.input,
      contacts: rows[0]!.input.contacts?.map((c) => ({ ...c })),
    }).toEqual({
      name: 'Jugendamt Auenstadt',
      area: 'social',
      kind: 'administration',
      contacts: [
        {
          name: 'Andreas Meyer',
          function: 'Leitung',
          email: 'a.meyer@auenstadt.de',
          phone: '+49 2331 100',
        },
      ],
      existingCooperation: true,
      plannedCoreGroup: true,
      extendedForums: false,
      contributions: 'Jugendhilfeplanung',
      resources: '',
      website: 'https://www.auenstadt.de',
      isPartner: false,
    });
    expect(rows[0]!.row).toBe(2);
  });

  it('reads several contacts, one per line of the contact cells', () => {
    const { rows } = readActorTable(
      records(
        TABLE_HEADERS,
        row({
          Ansprechperson: 'Anna\nBen',
          Funktion: '\nVertretung',
          'E-Mail': 'anna@x.de\n',
          Telefon: '',
        }),
      ),
    );
    expect(rows[0]!.input.contacts?.map((c) => ({ ...c }))).toEqual([
      { name: 'Anna', function: '', email: 'anna@x.de', phone: '' },
      { name: 'Ben', function: 'Vertretung', email: '', phone: '' },
    ]);
  });

  it('accepts the columns in any order and in any case, and skips empty rows', () => {
    const order = [...TABLE_HEADERS].reverse();
    const valid = row();
    const reordered = order.map((header) => valid[TABLE_HEADERS.indexOf(header)]!);
    const {
      rows,
      errors: { list: errors },
    } = readActorTable(
      records(
        order.map((h) => h.toUpperCase()),
        reordered,
        order.map(() => ''),
      ),
    );
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it('reports every error of every row with its row number, column and code', () => {
    const {
      errors: { list: errors },
    } = readActorTable(
      records(
        TABLE_HEADERS,
        row({ Institution: '', Bereich: 'Kultur' }),
        row({ Institution: 'AWO', 'E-Mail': 'keine-adresse', Partner: 'vielleicht' }),
        row({
          Institution: 'awo',
          Website: 'ftp://awo.de',
          Ansprechperson: '',
          Funktion: 'Leitung',
        }),
        row({ Institution: 'x'.repeat(201) }),
      ),
    );
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'Bereich', 'invalid_choice'],
      [2, 'Institution', 'required'],
      [3, 'Partner', 'invalid_boolean'],
      [3, 'E-Mail', 'invalid_email'],
      [4, 'Ansprechperson', 'required'],
      [4, 'Website', 'invalid_url'],
      [5, 'Institution', 'too_long'],
    ]);
    expect(errors[0]!.message).toContain('Migration und Integration');
  });

  it('reports a name that appears twice, regardless of case', () => {
    const {
      errors: { list: errors },
    } = readActorTable(
      records(TABLE_HEADERS, row({ Institution: 'AWO' }), row({ Institution: ' awo ' })),
    );
    expect(errors).toEqual([
      {
        row: 3,
        field: 'Institution',
        code: 'duplicate',
        message: 'Institution "awo" appears more than once in the file (first in row 2).',
      },
    ]);
  });

  it('reports missing, unknown and repeated columns in the header row', () => {
    const header = [...TABLE_HEADERS.filter((h) => h !== 'Website'), 'Notizen', 'Partner'];
    const {
      errors: { list: errors },
    } = readActorTable(records(header));
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [1, 'Notizen', 'unknown_column'],
      [1, 'Partner', 'duplicate_column'],
      [1, 'Website', 'missing_column'],
    ]);
  });

  it('reads back what actorToCells wrote', () => {
    const actor = {
      name: 'Stiftung "Zukunft"; Auenstadt',
      area: 'education',
      kind: 'foundation',
      contacts: [
        { name: 'A', function: 'B', email: 'a@b.de', phone: '1' },
        { name: 'C', function: '', email: '', phone: '' },
      ],
      existingCooperation: false,
      plannedCoreGroup: true,
      extendedForums: true,
      contributions: 'Zeile 1\nZeile 2',
      resources: '  Raum  ',
      website: '',
      isPartner: true,
    } as unknown as Actor;
    const {
      rows,
      errors: { list: errors },
    } = readActorTable(records(TABLE_HEADERS, actorToCells(actor)));
    expect(errors).toEqual([]);
    const { contacts, ...rest } = rows[0]!.input;
    const { contacts: expectedContacts, ...expected } = actor;
    expect(rest).toEqual(expected);
    expect(contacts?.map((c) => ({ ...c }))).toEqual(expectedContacts);
  });
});
