import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  MEASURE_LIMITS as LIMITS,
  type Measure,
  type MeasureInput,
  type MeasureStatus,
  type Milestone,
  type ResourcePledge,
} from '@gw/shared/contracts';
import {
  MEASURE_FIELDS,
  type MeasureAccess,
  editableMeasureFields,
} from '@gw/web/action-plan/data-access';
import { GwValidators, fromIsoDate, toIsoDate } from '@gw/web/shared/ui';

const text = (maxLength: number, required = false) =>
  new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(maxLength), ...(required ? [Validators.required] : [])],
  });

const ids = (max: number) =>
  new FormControl<string[]>([], { nonNullable: true, validators: [GwValidators.maxItems(max)] });

/** Like the API: not negative, at most `max`, at most two decimals. */
export function amount(max: number): ValidatorFn {
  return (control: AbstractControl<number | null>): ValidationErrors | null => {
    const value = control.value;
    if (value === null || value === undefined) return null;
    const valid =
      Number.isFinite(value) &&
      value >= 0 &&
      value <= max &&
      Math.round(value * 100) === value * 100;
    return valid ? null : { amount: true };
  };
}

/** The end may not be before the start (the API refuses it too). */
function notBeforeStart(control: AbstractControl<Date | null>): ValidationErrors | null {
  const start = (control.parent as MeasureForm | null)?.controls.startDate.value;
  const end = control.value;
  return start && end && end.getTime() < start.getTime() ? { endBeforeStart: true } : null;
}

export function createMilestoneForm(milestone?: Milestone) {
  return new FormGroup({
    id: new FormControl<string | null>(milestone?.id ?? null),
    title: text(LIMITS.milestoneTitle, true),
    dueDate: new FormControl<Date | null>(null, { validators: [Validators.required] }),
    done: new FormControl(false, { nonNullable: true }),
  });
}
export type MilestoneForm = ReturnType<typeof createMilestoneForm>;

export function createResourceForm() {
  return new FormGroup({
    actorId: new FormControl<string | null>(null, { validators: [Validators.required] }),
    eur: new FormControl<number | null>(null, { validators: [amount(LIMITS.eur)] }),
    staffHours: new FormControl<number | null>(null, { validators: [amount(LIMITS.staffHours)] }),
    inKind: text(LIMITS.inKind),
  });
}
export type ResourceForm = ReturnType<typeof createResourceForm>;

/** The form of one measure, with the API's limits (MEASURE_LIMITS). */
export function createMeasureForm() {
  const form = new FormGroup({
    title: text(LIMITS.title, true),
    description: text(LIMITS.description),
    goalIds: ids(LIMITS.links),
    workingGroupId: new FormControl<string | null>(null),
    leadActorId: new FormControl<string | null>(null),
    contributingActorIds: ids(LIMITS.links),
    startDate: new FormControl<Date | null>(null),
    endDate: new FormControl<Date | null>(null, { validators: [notBeforeStart] }),
    milestones: new FormArray<MilestoneForm>([], [GwValidators.maxItems(LIMITS.milestones)]),
    status: new FormControl<MeasureStatus>('planned', { nonNullable: true }),
    progress: new FormControl(0, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(100), integer],
    }),
    resources: new FormArray<ResourceForm>([], [GwValidators.maxItems(LIMITS.resources)]),
    dependencyIds: ids(LIMITS.links),
    indicatorIds: ids(LIMITS.links),
    notes: text(LIMITS.notes),
  });
  form.controls.startDate.valueChanges.subscribe(() =>
    form.controls.endDate.updateValueAndValidity({ emitEvent: false }),
  );
  return form;
}
export type MeasureForm = ReturnType<typeof createMeasureForm>;

function integer(control: AbstractControl<number | null>): ValidationErrors | null {
  return control.value === null || Number.isInteger(control.value) ? null : { integer: true };
}

export function fillMeasureForm(form: MeasureForm, measure: Measure | null): void {
  const { milestones, resources } = form.controls;
  milestones.clear();
  for (const milestone of measure?.milestones ?? []) {
    milestones.push(createMilestoneForm(milestone));
  }
  resources.clear();
  for (let i = 0; i < (measure?.resources.length ?? 0); i++) resources.push(createResourceForm());
  form.reset({
    title: measure?.title ?? '',
    description: measure?.description ?? '',
    goalIds: measure?.goalIds ?? [],
    workingGroupId: measure?.workingGroupId ?? null,
    leadActorId: measure?.leadActorId ?? null,
    contributingActorIds: measure?.contributingActorIds ?? [],
    startDate: fromIsoDate(measure?.startDate ?? null),
    endDate: fromIsoDate(measure?.endDate ?? null),
    milestones: (measure?.milestones ?? []).map((milestone) => ({
      ...milestone,
      dueDate: fromIsoDate(milestone.dueDate),
    })),
    status: measure?.status ?? 'planned',
    progress: measure?.progress ?? 0,
    resources: (measure?.resources ?? []).map((pledge: ResourcePledge) => ({ ...pledge })),
    dependencyIds: measure?.dependencyIds ?? [],
    indicatorIds: measure?.indicatorIds ?? [],
    notes: measure?.notes ?? '',
  });
}

/** Enables exactly the fields the user may change; the others stay visible, disabled. */
export function applyMeasureAccess(form: MeasureForm, access: MeasureAccess): void {
  const editable: readonly string[] = editableMeasureFields(access);
  for (const field of MEASURE_FIELDS) {
    const control = form.controls[field];
    if (editable.includes(field)) control.enable({ emitEvent: false });
    else control.disable({ emitEvent: false });
  }
}

/** Everything the form holds, as the API takes it (trimmed, dates as YYYY-MM-DD). */
export function toMeasureInput(form: MeasureForm): MeasureInput {
  const value = form.getRawValue();
  return {
    ...value,
    title: value.title.trim(),
    description: value.description.trim(),
    startDate: toIsoDate(value.startDate),
    endDate: toIsoDate(value.endDate),
    milestones: milestonesOf(form),
    resources: value.resources.map((pledge) => ({
      actorId: pledge.actorId ?? '',
      eur: pledge.eur,
      staffHours: pledge.staffHours,
      inKind: pledge.inKind.trim(),
    })),
    notes: value.notes.trim(),
  };
}

/** Only what the user may change: a working-group member sends the four fields they may. */
export function toMeasureChanges(form: MeasureForm, access: MeasureAccess): Partial<MeasureInput> {
  const input = toMeasureInput(form);
  const editable = new Set<string>(editableMeasureFields(access));
  return Object.fromEntries(Object.entries(input).filter(([field]) => editable.has(field)));
}

function milestonesOf(form: MeasureForm): MeasureInput['milestones'] {
  return form.controls.milestones.getRawValue().map(({ id, title, dueDate, done }) => ({
    ...(id ? { id } : {}),
    title: title.trim(),
    dueDate: toIsoDate(dueDate) ?? '',
    done,
  }));
}
