import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  ACTOR_LIMITS as LIMITS,
  type Actor,
  type ActorArea,
  type ActorInput,
  type ActorKind,
  type ContactPerson,
} from '@gw/shared/contracts';
import { GwValidators } from '@gw/web/shared/ui';

const text = (maxLength: number, required = false) =>
  new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(maxLength), ...(required ? [Validators.required] : [])],
  });

const flag = () => new FormControl(false, { nonNullable: true });

export type ContactForm = FormGroup<{
  name: FormControl<string>;
  function: FormControl<string>;
  email: FormControl<string>;
  phone: FormControl<string>;
}>;

export function createContactForm(contact?: ContactPerson): ContactForm {
  const form = new FormGroup({
    name: text(LIMITS.contactName, true),
    function: text(LIMITS.contactFunction),
    email: new FormControl('', {
      nonNullable: true,
      validators: [GwValidators.email, Validators.maxLength(LIMITS.contactEmail)],
    }),
    phone: text(LIMITS.contactPhone),
  });
  if (contact) form.setValue({ ...contact });
  return form;
}

/** The form of one actor, with the API's limits (ACTOR_LIMITS). */
export function createActorForm() {
  return new FormGroup({
    name: text(LIMITS.name, true),
    area: new FormControl<ActorArea>('social', { nonNullable: true }),
    kind: new FormControl<ActorKind>('independent_provider', { nonNullable: true }),
    existingCooperation: flag(),
    plannedCoreGroup: flag(),
    extendedForums: flag(),
    isPartner: flag(),
    contacts: new FormArray<ContactForm>([], [GwValidators.maxItems(LIMITS.contacts)]),
    contributions: text(LIMITS.contributions),
    resources: text(LIMITS.resources),
    website: text(LIMITS.website),
  });
}

export type ActorForm = ReturnType<typeof createActorForm>;

export function fillActorForm(form: ActorForm, actor: Actor | null): void {
  form.controls.contacts.clear();
  for (const contact of actor?.contacts ?? []) {
    form.controls.contacts.push(createContactForm(contact));
  }
  form.reset({
    name: actor?.name ?? '',
    area: actor?.area ?? 'social',
    kind: actor?.kind ?? 'independent_provider',
    existingCooperation: actor?.existingCooperation ?? false,
    plannedCoreGroup: actor?.plannedCoreGroup ?? false,
    extendedForums: actor?.extendedForums ?? false,
    isPartner: actor?.isPartner ?? false,
    contacts: actor?.contacts ?? [],
    contributions: actor?.contributions ?? '',
    resources: actor?.resources ?? '',
    website: actor?.website ?? '',
  });
}

/** What the API takes, trimmed. */
export function toActorInput(form: ActorForm): ActorInput {
  const value = form.getRawValue();
  return {
    ...value,
    name: value.name.trim(),
    contacts: value.contacts.map((contact) => ({
      name: contact.name.trim(),
      function: contact.function.trim(),
      email: contact.email.trim(),
      phone: contact.phone.trim(),
    })),
    contributions: value.contributions.trim(),
    resources: value.resources.trim(),
    website: value.website.trim(),
  };
}
