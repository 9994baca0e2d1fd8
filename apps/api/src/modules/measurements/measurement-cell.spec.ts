import { canonicalOf, type CellContext, readCell } from './measurement-cell';

const district = 'd1000000-0000-4000-8000-000000000000';
const age = 'a1000000-0000-4000-8000-000000000000';
const unused = 'f1000000-0000-4000-8000-000000000000';
const mitte = 'd2000000-0000-4000-8000-00000000000a';
const nord = 'd2000000-0000-4000-8000-00000000000b';
const teens = 'a2000000-0000-4000-8000-00000000000a';
const elsewhere = 'f2000000-0000-4000-8000-00000000000a';

const context: CellContext = {
  indicatorDimensionIds: [district, age],
  dimensionOfValue: new Map([
    [mitte, district],
    [nord, district],
    [teens, age],
    [elsewhere, unused],
  ]),
};

describe('cells', () => {
  it('has one canonical key whatever the order of the entries', () => {
    const a = canonicalOf([
      { dimensionId: district, valueId: mitte },
      { dimensionId: age, valueId: teens },
    ]);
    const b = canonicalOf([
      { dimensionId: age, valueId: teens },
      { dimensionId: district, valueId: mitte },
    ]);
    expect(a).toEqual(b);
    expect(a).toEqual({ key: `${age}:${teens};${district}:${mitte}`, valueIds: [teens, mitte] });
  });

  it('keys the total (no entries) as the empty string', () => {
    expect(canonicalOf([])).toEqual({ key: '', valueIds: [] });
    expect(readCell([], context)).toEqual({ cell: { key: '', valueIds: [] }, errors: [] });
  });

  it('accepts a cell of some of the dimensions, e.g. the district alone', () => {
    expect(readCell([{ dimensionId: district, valueId: nord }], context).cell).toEqual({
      key: `${district}:${nord}`,
      valueIds: [nord],
    });
  });

  it('refuses dimensions the indicator does not use, unknown values and a dimension twice', () => {
    const { cell, errors } = readCell(
      [
        { dimensionId: unused, valueId: elsewhere },
        { dimensionId: district, valueId: teens },
        { dimensionId: age, valueId: teens },
        { dimensionId: age, valueId: teens },
      ],
      context,
    );
    expect(cell).toBeNull();
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['cell.0.dimensionId', 'dimension_not_used'],
      ['cell.1.valueId', 'unknown_value'],
      ['cell.3.dimensionId', 'duplicate_dimension'],
    ]);
  });
});
