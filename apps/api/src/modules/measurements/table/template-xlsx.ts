import { type Cell as SheetCell, type DataValidation, Workbook, type Worksheet } from 'exceljs';
import type { CollectionFrequency } from '@gw/shared/contracts';
import { PERIOD_FORMATS } from '../measurement-period';
import type { TableColumn } from './measurement-table';

/** An indicator as the template's notes describe it. */
export interface TemplateIndicator {
  name: string;
  frequency: CollectionFrequency;
  unit: string;
  dimensionNames: string[];
}

export interface TemplateDimension {
  header: string;
  values: string[];
}

const FREQUENCY_LABELS: Record<CollectionFrequency, string> = {
  monthly: 'monatlich',
  quarterly: 'vierteljährlich',
  half_yearly: 'halbjährlich',
  yearly: 'jährlich',
};

/** Rows of the value sheet that get the drop-downs and the text format of Zeitraum. */
const PREPARED_ROWS = 1000;

const NOTES = [
  'Eine Zeile je Wert: Indikator, Zeitraum und Wert sind Pflicht, Fallzahl und Quelle freiwillig.',
  'Die Gesamtzahl eines Indikators hat leere Spalten für die Dimensionen; für einen aufgeschlüsselten Wert wählen Sie die Ausprägungen der Dimensionen, nach denen der Indikator aufgeschlüsselt ist.',
  'Zeitraum nach der Erhebung des Indikators: 2026-11 (monatlich), 2026-Q4 (vierteljährlich), 2026-H2 (halbjährlich) oder 2026 (jährlich).',
  'Dezimalzahlen mit Komma (12,5). Fallzahl: auf wie vielen Fällen (Personen) der Wert beruht.',
  'Erst wenn alle Zeilen gültig sind, wird etwas gespeichert. Dieselben Zeilen erneut hochzuladen ändert nichts; ein geänderter Wert wird als Korrektur mit dem Grund „Import“ übernommen.',
];

/**
 * The template workbook: the value sheet first (the import reads the first sheet), with
 * drop-downs for the indicators and the dimension values, then notes on each indicator, and a
 * hidden sheet holding the drop-down lists (a list in the validation itself is capped at 255
 * characters and cannot hold commas).
 */
export async function writeTemplateXlsx(
  columns: readonly TableColumn[],
  indicators: readonly TemplateIndicator[],
  dimensions: readonly TemplateDimension[],
): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Gemeinsam Wirken';
  const values = workbook.addWorksheet('Werte', { views: [{ state: 'frozen', ySplit: 1 }] });
  const notes = workbook.addWorksheet('Hinweise');
  const lists = workbook.addWorksheet('Listen', { state: 'hidden' });

  values.columns = columns.map((column) => ({
    header: column.header,
    width: column.kind === 'indicator' || column.kind === 'source' ? 40 : 16,
  }));
  values.getRow(1).font = { bold: true };

  const listColumns = [
    { header: 'Indikatoren', items: indicators.map((indicator) => indicator.name) },
    ...dimensions.map((dimension) => ({ header: dimension.header, items: dimension.values })),
  ];
  listColumns.forEach((list, index) => {
    lists.getColumn(index + 1).values = [list.header, ...list.items];
  });

  columns.forEach((column, index) => {
    const sheetColumn = values.getColumn(index + 1);
    const listIndex =
      column.kind === 'indicator'
        ? 0
        : column.kind === 'dimension'
          ? 1 + dimensions.findIndex((dimension) => dimension.header === column.header)
          : -1;
    const list = listColumns[listIndex];
    if (list && list.items.length > 0) {
      const letter = lists.getColumn(listIndex + 1).letter;
      prepare(values, sheetColumn.letter, (cell) => {
        cell.dataValidation = listValidation(
          `Listen!$${letter}$2:$${letter}$${list.items.length + 1}`,
        );
      });
    }
    if (column.kind === 'period') {
      // Text, so that a spreadsheet keeps 2026-11 instead of turning it into a date.
      prepare(values, sheetColumn.letter, (cell) => {
        cell.numFmt = '@';
      });
    }
    if (column.kind === 'cases') {
      prepare(values, sheetColumn.letter, (cell) => {
        cell.dataValidation = {
          type: 'whole',
          operator: 'greaterThanOrEqual',
          allowBlank: true,
          formulae: [0],
          showErrorMessage: true,
          error: 'Die Fallzahl ist eine ganze Zahl ab 0.',
        };
      });
    }
  });

  writeNotes(notes, indicators);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function prepare(sheet: Worksheet, letter: string, apply: (cell: SheetCell) => void): void {
  for (let row = 2; row <= PREPARED_ROWS + 1; row++) apply(sheet.getCell(`${letter}${row}`));
}

const listValidation = (range: string): DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [range],
  showErrorMessage: true,
  error: 'Bitte einen Eintrag aus der Liste wählen.',
});

function writeNotes(sheet: Worksheet, indicators: readonly TemplateIndicator[]): void {
  sheet.columns = [{ width: 48 }, { width: 18 }, { width: 24 }, { width: 32 }, { width: 12 }];
  sheet.addRow(['So füllen Sie die Vorlage aus']).font = { bold: true };
  for (const note of NOTES) sheet.addRow([note]);
  sheet.addRow([]);
  const header = sheet.addRow([
    'Indikator',
    'Erhebung',
    'Zeitraum schreiben als',
    'Aufgeschlüsselt nach',
    'Einheit',
  ]);
  header.font = { bold: true };
  for (const indicator of indicators) {
    const { format, example } = PERIOD_FORMATS[indicator.frequency];
    sheet.addRow([
      indicator.name,
      FREQUENCY_LABELS[indicator.frequency],
      `${format}, z. B. ${example}`,
      indicator.dimensionNames.join(', ') || '–',
      indicator.unit,
    ]);
  }
}
