import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  DIMENSION_LIMITS as LIMITS,
  type Dimension,
  type DimensionInput,
} from '@gw/shared/contracts';
import { GwValidators } from '@gw/web/shared/ui';

export type DimensionValueForm = FormGroup<{
  id: FormControl<string | null>;
  value: FormControl<string>;
}>;

/** Two values that differ only in case or spaces would be the same value to anyone reading. */
function uniqueValue(control: AbstractControl<string>): ValidationErrors | null {
  const own = control.value.trim().toLocaleLowerCase('de');
  const row = control.parent;
  const values = row?.parent as FormArray<DimensionValueForm> | null;
  if (!own || !values) return null;
  const same = values.controls.some(
    (other) => other !== row && other.controls.value.value.trim().toLocaleLowerCase('de') === own,
  );
  return same ? { duplicate: true } : null;
}

export function createValueForm(value?: { id: string; value: string }): DimensionValueForm {
  return new FormGroup({
    id: new FormControl<string | null>(value?.id ?? null),
    value: new FormControl(value?.value ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.value), uniqueValue],
    }),
  });
}

/** A dimension: its name and its values in order. */
export function createDimensionForm() {
  const form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.name)],
    }),
    values: new FormArray<DimensionValueForm>([], [GwValidators.maxItems(LIMITS.values)]),
  });
  // A value's uniqueness depends on the others: check them all when one changes.
  form.controls.values.valueChanges.subscribe(() => {
    for (const row of form.controls.values.controls) {
      row.controls.value.updateValueAndValidity({ emitEvent: false });
    }
  });
  return form;
}

export type DimensionForm = ReturnType<typeof createDimensionForm>;

export function fillDimensionForm(form: DimensionForm, dimension: Dimension | null): void {
  form.controls.values.clear({ emitEvent: false });
  const values = dimension?.values ?? [];
  for (const value of values)
    form.controls.values.push(createValueForm(value), { emitEvent: false });
  if (values.length === 0) form.controls.values.push(createValueForm(), { emitEvent: false });
  form.reset({ name: dimension?.name ?? '' });
}

/** Moves a value one place up (-1) or down (+1). */
export function moveValue(form: DimensionForm, index: number, step: -1 | 1): void {
  const values = form.controls.values;
  const target = index + step;
  if (target < 0 || target >= values.length) return;
  // The rows trade their contents (a value keeps its id) rather than their places: moving the
  // controls within the array would leave the inputs bound to the controls at the old indexes.
  const moving = values.at(index).getRawValue();
  const other = values.at(target).getRawValue();
  values.at(index).setValue(other);
  values.at(target).setValue(moving);
  form.markAsDirty();
}

export function toDimensionInput(form: DimensionForm): DimensionInput {
  const { name, values } = form.getRawValue();
  return {
    name: name.trim(),
    values: values.map((row) => ({ ...(row.id ? { id: row.id } : {}), value: row.value.trim() })),
  };
}
