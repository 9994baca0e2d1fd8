import { FormControl, FormGroup, Validators } from '@angular/forms';
import {
  WORKING_GROUP_LIMITS as LIMITS,
  type WorkingGroup,
  type WorkingGroupInput,
} from '@gw/shared/contracts';
import { GwValidators } from '@gw/web/shared/ui';

/** The form of one working group, with the API's limits (WORKING_GROUP_LIMITS). */
export function createWorkingGroupForm() {
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.name)],
    }),
    mandate: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(LIMITS.mandate)],
    }),
    leadMemberId: new FormControl<string | null>(null),
    memberIds: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [GwValidators.maxItems(LIMITS.members)],
    }),
    actorIds: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [GwValidators.maxItems(LIMITS.actors)],
    }),
  });
}

export type WorkingGroupForm = ReturnType<typeof createWorkingGroupForm>;

export function fillWorkingGroupForm(form: WorkingGroupForm, group: WorkingGroup | null): void {
  form.reset({
    name: group?.name ?? '',
    mandate: group?.mandate ?? '',
    leadMemberId: group?.lead?.memberId ?? null,
    memberIds: group?.members.map((member) => member.memberId) ?? [],
    actorIds: group?.actorIds ?? [],
  });
}

/** What the API takes, trimmed. */
export function toWorkingGroupInput(form: WorkingGroupForm): WorkingGroupInput {
  const value = form.getRawValue();
  return { ...value, name: value.name.trim(), mandate: value.mandate.trim() };
}
