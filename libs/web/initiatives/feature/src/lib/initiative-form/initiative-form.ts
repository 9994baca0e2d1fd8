import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  type CreateInitiativeRequest,
  INITIATIVE_LIMITS as LIMITS,
  type Initiative,
  SUPPRESSION_THRESHOLD_LIMITS,
  TARGET_GROUPS,
  type TargetGroup,
  type UpdateInitiativeRequest,
} from '@gw/shared/contracts';
import { GwValidators } from '@gw/web/shared/ui';

type TargetGroupControls = Record<TargetGroup, FormControl<boolean>>;

export type InitiativeForm = FormGroup<{
  name: FormControl<string>;
  description: FormControl<string>;
  targetGroups: FormGroup<TargetGroupControls>;
  customTargetGroups: FormControl<string[]>;
  region: FormGroup<{ municipality: FormControl<string>; districts: FormControl<string[]> }>;
  owner: FormControl<string>;
  /** Only edited, never created: a new initiative starts with the API's default. */
  suppressionThreshold: FormControl<number | null>;
}>;

const text = (validators = [Validators.maxLength(LIMITS.name)]) =>
  new FormControl('', { nonNullable: true, validators });

const list = (maxItems: number, itemMaxLength: number) =>
  new FormControl<string[]>([], {
    nonNullable: true,
    validators: [GwValidators.maxItems(maxItems), GwValidators.itemMaxLength(itemMaxLength)],
  });

/** Like the API: a whole number (a number input also lets 2.5 through). */
function integer(control: AbstractControl<number | null>): ValidationErrors | null {
  return control.value === null || Number.isInteger(control.value) ? null : { integer: true };
}

/** Like the API: at least one target group, from the list or as free text. */
function atLeastOneTargetGroup(control: AbstractControl): ValidationErrors | null {
  const form = control as InitiativeForm;
  const { targetGroups, customTargetGroups } = form.getRawValue();
  const chosen = TARGET_GROUPS.some((group) => targetGroups[group]);
  return chosen || customTargetGroups.length > 0 ? null : { targetGroupRequired: true };
}

/** The API's default; the create page does not show the field, so it only keeps it valid. */
const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** The form of an initiative's profile, with the API's limits (INITIATIVE_LIMITS). */
export function createInitiativeForm(): InitiativeForm {
  const targetGroups = Object.fromEntries(
    TARGET_GROUPS.map((group) => [group, new FormControl(false, { nonNullable: true })]),
  ) as TargetGroupControls;
  return new FormGroup(
    {
      name: text([Validators.required, Validators.maxLength(LIMITS.name)]),
      description: text([Validators.maxLength(LIMITS.description)]),
      targetGroups: new FormGroup(targetGroups),
      customTargetGroups: list(LIMITS.customTargetGroups, LIMITS.customTargetGroup),
      region: new FormGroup({
        municipality: text([Validators.required, Validators.maxLength(LIMITS.municipality)]),
        districts: list(LIMITS.districts, LIMITS.district),
      }),
      owner: text([Validators.maxLength(LIMITS.owner)]),
      suppressionThreshold: new FormControl<number | null>(DEFAULT_SUPPRESSION_THRESHOLD, {
        validators: [
          Validators.required,
          Validators.min(SUPPRESSION_THRESHOLD_LIMITS.min),
          Validators.max(SUPPRESSION_THRESHOLD_LIMITS.max),
          integer,
        ],
      }),
    },
    { validators: atLeastOneTargetGroup },
  );
}

export function initiativeFormValue(
  initiative: Initiative,
): ReturnType<InitiativeForm['getRawValue']> {
  return {
    name: initiative.name,
    description: initiative.description,
    targetGroups: Object.fromEntries(
      TARGET_GROUPS.map((group) => [group, initiative.targetGroups.includes(group)]),
    ) as Record<TargetGroup, boolean>,
    customTargetGroups: [...initiative.customTargetGroups],
    region: {
      municipality: initiative.region.municipality,
      districts: [...initiative.region.districts],
    },
    owner: initiative.owner ?? '',
    suppressionThreshold: initiative.suppressionThreshold,
  };
}

export function toInitiativeRequest(form: InitiativeForm): CreateInitiativeRequest {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    description: value.description.trim(),
    targetGroups: TARGET_GROUPS.filter((group) => value.targetGroups[group]),
    customTargetGroups: value.customTargetGroups,
    region: { municipality: value.region.municipality.trim(), districts: value.region.districts },
    owner: value.owner.trim() || null,
  };
}

/** The profile and the settings only an existing initiative has (the version is the store's). */
export function toInitiativeUpdate(form: InitiativeForm): Omit<UpdateInitiativeRequest, 'version'> {
  // Null only while the field is empty, which the form's validation refuses before sending.
  const suppressionThreshold = form.getRawValue().suppressionThreshold ?? undefined;
  return { ...toInitiativeRequest(form), suppressionThreshold };
}
