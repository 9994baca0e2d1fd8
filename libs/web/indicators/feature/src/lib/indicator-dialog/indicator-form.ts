import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  type CollectionFrequency,
  INDICATOR_LIMITS as LIMITS,
  type Indicator,
  type IndicatorCategory,
  type IndicatorDirection,
  type IndicatorInput,
  type IndicatorVisibility,
} from '@gw/shared/contracts';
import { sortedTargets } from '@gw/web/indicators/data-access';
import type { Lang } from '@gw/web/shared/i18n';
import {
  GwValidators,
  decimalValidator,
  formatDecimal,
  fromIsoDate,
  parseDecimal,
  toIsoDate,
} from '@gw/web/shared/ui';

const text = (maxLength: number, required = false) =>
  new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(maxLength), ...(required ? [Validators.required] : [])],
  });

const ids = () => new FormControl<string[]>([], { nonNullable: true });

export type TargetForm = FormGroup<{
  id: FormControl<string | null>;
  value: FormControl<string>;
  date: FormControl<Date | null>;
}>;

export type BaselineForm = FormGroup<{
  value: FormControl<string>;
  date: FormControl<Date | null>;
}>;

const dayOf = (date: Date | null | undefined) => toIsoDate(date ?? null);

/** The baseline is a value at a date: one without the other is incomplete. */
function baselinePair(control: AbstractControl): ValidationErrors | null {
  const baseline = control.parent as BaselineForm | null;
  if (!baseline) return null;
  const { value, date } = baseline.controls;
  const hasValue = value.value.trim() !== '';
  const hasDate = date.value !== null;
  if (control === value && !hasValue && hasDate) return { baselineValueMissing: true };
  if (control === date && !hasDate && hasValue) return { baselineDateMissing: true };
  return null;
}

/** A target lies after the baseline, and two targets never share a date. */
function targetDate(control: AbstractControl<Date | null>): ValidationErrors | null {
  const day = dayOf(control.value);
  const target = control.parent as TargetForm | null;
  const targets = target?.parent as FormArray<TargetForm> | null;
  const form = targets?.parent as IndicatorForm | null;
  if (!day || !target || !targets || !form) return null;
  const baseline = dayOf(form.controls.baseline.controls.date.value);
  if (baseline && day <= baseline) return { notAfterBaseline: true };
  const same = targets.controls.some(
    (other) => other !== target && dayOf(other.controls.date.value) === day,
  );
  return same ? { duplicateDate: true } : null;
}

export function createTargetForm(
  lang: () => Lang,
  target?: { id: string | null; value: string; date: Date | null },
): TargetForm {
  return new FormGroup({
    id: new FormControl<string | null>(target?.id ?? null),
    value: new FormControl(target?.value ?? '', {
      nonNullable: true,
      validators: [Validators.required, decimalValidator(lang, LIMITS.value)],
    }),
    date: new FormControl<Date | null>(target?.date ?? null, [Validators.required, targetDate]),
  });
}

/** The form of one indicator, with the API's limits (INDICATOR_LIMITS). */
export function createIndicatorForm(lang: () => Lang) {
  const form = new FormGroup({
    name: text(LIMITS.name, true),
    definition: text(LIMITS.definition),
    category: new FormControl<IndicatorCategory>('how_much', { nonNullable: true }),
    unit: text(LIMITS.unit),
    direction: new FormControl<IndicatorDirection>('higher_is_better', { nonNullable: true }),
    goalIds: ids(),
    baseline: new FormGroup({
      value: new FormControl('', {
        nonNullable: true,
        validators: [decimalValidator(lang, LIMITS.value), baselinePair],
      }),
      date: new FormControl<Date | null>(null, [baselinePair]),
    }),
    targets: new FormArray<TargetForm>([], [GwValidators.maxItems(LIMITS.targets)]),
    frequency: new FormControl<CollectionFrequency>('yearly', { nonNullable: true }),
    dataSource: text(LIMITS.dataSource),
    responsibleActorId: new FormControl<string | null>(null),
    stewardMemberIds: ids(),
    dimensionIds: ids(),
    visibility: new FormControl<IndicatorVisibility>('internal', { nonNullable: true }),
  });
  // The checks that compare fields run again whenever one of the fields they compare changes.
  const recheck = () => revalidateLinked(form);
  form.controls.baseline.valueChanges.subscribe(recheck);
  form.controls.targets.valueChanges.subscribe(recheck);
  return form;
}

export type IndicatorForm = ReturnType<typeof createIndicatorForm>;

function revalidateLinked(form: IndicatorForm): void {
  const quiet = { emitEvent: false };
  form.controls.baseline.controls.value.updateValueAndValidity(quiet);
  form.controls.baseline.controls.date.updateValueAndValidity(quiet);
  for (const target of form.controls.targets.controls) {
    target.controls.date.updateValueAndValidity(quiet);
  }
}

export function fillIndicatorForm(
  form: IndicatorForm,
  indicator: Indicator | null,
  lang: () => Lang,
): void {
  const targets = sortedTargets(indicator?.targets ?? []).map((target) => ({
    id: target.id,
    value: formatDecimal(target.value, lang()),
    date: fromIsoDate(target.date),
  }));
  form.controls.targets.clear({ emitEvent: false });
  for (const target of targets) {
    form.controls.targets.push(createTargetForm(lang, target), { emitEvent: false });
  }
  // The whole value, targets too: a reset without them would empty the rows just added.
  form.reset({
    name: indicator?.name ?? '',
    definition: indicator?.definition ?? '',
    category: indicator?.category ?? 'how_much',
    unit: indicator?.unit ?? '',
    direction: indicator?.direction ?? 'higher_is_better',
    goalIds: indicator?.goalIds ?? [],
    baseline: {
      value: formatDecimal(indicator?.baseline.value ?? null, lang()),
      date: fromIsoDate(indicator?.baseline.date ?? null),
    },
    targets,
    frequency: indicator?.frequency ?? 'yearly',
    dataSource: indicator?.dataSource ?? '',
    responsibleActorId: indicator?.responsibleActorId ?? null,
    stewardMemberIds: indicator?.stewards.map((steward) => steward.memberId) ?? [],
    dimensionIds: indicator?.dimensionIds ?? [],
    visibility: indicator?.visibility ?? 'internal',
  });
  revalidateLinked(form);
}

/** What the API takes: trimmed texts, numbers and calendar dates; targets by date. */
export function toIndicatorInput(form: IndicatorForm, lang: Lang): IndicatorInput {
  const value = form.getRawValue();
  const targets = value.targets.map((target) => ({
    ...(target.id ? { id: target.id } : {}),
    value: parseDecimal(target.value, lang) ?? 0,
    date: toIsoDate(target.date) ?? '',
  }));
  return {
    name: value.name.trim(),
    definition: value.definition.trim(),
    category: value.category,
    unit: value.unit.trim(),
    direction: value.direction,
    goalIds: value.goalIds,
    baseline: {
      value: parseDecimal(value.baseline.value, lang),
      date: toIsoDate(value.baseline.date),
    },
    targets: targets.sort((a, b) => a.date.localeCompare(b.date)),
    frequency: value.frequency,
    dataSource: value.dataSource.trim(),
    responsibleActorId: value.responsibleActorId,
    stewardMemberIds: value.stewardMemberIds,
    dimensionIds: value.dimensionIds,
    visibility: value.visibility,
  };
}
