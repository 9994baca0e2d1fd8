import type { Indicator } from '@gw/shared/contracts';
import {
  createIndicatorForm,
  createTargetForm,
  fillIndicatorForm,
  toIndicatorInput,
} from './indicator-form';

const lang = () => 'de' as const;

const indicator: Indicator = {
  id: 'ind1',
  name: 'Abgänger mit Anschluss',
  definition: 'Anteil zum 31. Juli',
  unit: '%',
  direction: 'higher_is_better',
  category: 'better_off',
  goalIds: ['g1'],
  baseline: { value: 71.5, date: '2025-07-31' },
  targets: [
    { id: 't2', value: 90, date: '2029-07-31' },
    { id: 't1', value: 80, date: '2027-07-31' },
  ],
  frequency: 'yearly',
  dataSource: 'Verbleibsabfrage',
  responsibleActorId: 'a1',
  stewards: [{ memberId: 'm1', displayName: 'Thomas Schmitt' }],
  dimensionIds: ['d1'],
  visibility: 'public',
  version: 2,
  updatedAt: '2026-11-01T10:00:00Z',
};

function filledForm() {
  const form = createIndicatorForm(lang);
  fillIndicatorForm(form, indicator, lang);
  return form;
}

describe('the indicator form', () => {
  it('shows an indicator with its targets by date and numbers in German', () => {
    const form = filledForm();
    expect(form.controls.baseline.controls.value.value).toBe('71,5');
    expect(form.controls.targets.controls.map((t) => t.controls.value.value)).toEqual(['80', '90']);
    expect(form.valid).toBe(true);
  });

  it('sends what the API takes: numbers, calendar dates, ids of kept targets', () => {
    const form = filledForm();
    form.controls.targets.push(createTargetForm(lang));
    const added = form.controls.targets.at(2);
    added.setValue({ id: null, value: '85,5', date: new Date(2028, 6, 31) });
    expect(toIndicatorInput(form, 'de')).toMatchObject({
      baseline: { value: 71.5, date: '2025-07-31' },
      targets: [
        { id: 't1', value: 80, date: '2027-07-31' },
        { value: 85.5, date: '2028-07-31' },
        { id: 't2', value: 90, date: '2029-07-31' },
      ],
      stewardMemberIds: ['m1'],
    });
  });

  it('needs a value and a date for every target', () => {
    const form = filledForm();
    form.controls.targets.push(createTargetForm(lang));
    const added = form.controls.targets.at(2);
    expect(added.controls.value.hasError('required')).toBe(true);
    expect(added.controls.date.hasError('required')).toBe(true);
    added.controls.value.setValue('viel');
    expect(added.controls.value.hasError('decimal')).toBe(true);
    expect(form.valid).toBe(false);
  });

  it('refuses a target on or before the baseline date, and again when the baseline moves', () => {
    const form = filledForm();
    const first = form.controls.targets.at(0).controls.date;
    first.setValue(new Date(2025, 6, 31));
    expect(first.hasError('notAfterBaseline')).toBe(true);
    form.controls.baseline.controls.date.setValue(new Date(2024, 11, 31));
    expect(first.hasError('notAfterBaseline')).toBe(false);
    form.controls.baseline.controls.date.setValue(new Date(2029, 0, 1));
    expect(form.controls.targets.at(0).controls.date.hasError('notAfterBaseline')).toBe(true);
    expect(form.controls.targets.at(1).controls.date.hasError('notAfterBaseline')).toBe(false);
  });

  it('refuses two targets for the same date', () => {
    const form = filledForm();
    form.controls.targets.at(1).controls.date.setValue(new Date(2027, 6, 31));
    expect(form.controls.targets.at(0).controls.date.hasError('duplicateDate')).toBe(true);
    expect(form.controls.targets.at(1).controls.date.hasError('duplicateDate')).toBe(true);
  });

  it('wants the baseline complete: a value with its date, a date with its value', () => {
    const form = createIndicatorForm(lang);
    fillIndicatorForm(form, null, lang);
    const { value, date } = form.controls.baseline.controls;
    expect(form.controls.baseline.valid).toBe(true);
    value.setValue('40');
    expect(date.hasError('baselineDateMissing')).toBe(true);
    expect(value.errors).toBeNull();
    date.setValue(new Date(2025, 11, 31));
    expect(date.errors).toBeNull();
    value.setValue('');
    expect(value.hasError('baselineValueMissing')).toBe(true);
  });
});
