/** The columns of the measurement table (template and import), with their German headers. */
export const HEADERS = {
  indicator: 'Indikator',
  period: 'Zeitraum',
  value: 'Wert',
  cases: 'Fallzahl',
  source: 'Quelle',
} as const;

export type FixedColumn = keyof typeof HEADERS;

export type TableColumn =
  | { kind: FixedColumn; header: string }
  | { kind: 'dimension'; header: string; dimensionId: string };

/**
 * Indikator; Zeitraum; one column per dimension of the initiative (its name, in order); Wert;
 * Fallzahl; Quelle. An empty dimension cell means "not broken down by it"; a row with every
 * dimension cell empty is the indicator's total.
 */
export function tableColumns(dimensions: readonly { id: string; name: string }[]): TableColumn[] {
  return [
    { kind: 'indicator', header: HEADERS.indicator },
    { kind: 'period', header: HEADERS.period },
    ...dimensions.map((d) => ({ kind: 'dimension' as const, header: d.name, dimensionId: d.id })),
    { kind: 'value', header: HEADERS.value },
    { kind: 'cases', header: HEADERS.cases },
    { kind: 'source', header: HEADERS.source },
  ];
}

/** Headers, names and values compare regardless of case and of runs of spaces. */
export const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
