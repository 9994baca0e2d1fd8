import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type Actor,
  type Member,
  type MemberRef,
  WORKING_GROUP_LIMITS,
  type WorkingGroup,
} from '@gw/shared/contracts';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, TranslatePipe } from '@gw/web/shared/i18n';
import { FormDialogComponent } from '@gw/web/shared/ui';
import { WorkingGroupsStore } from '@gw/web/working-groups/data-access';
import {
  createWorkingGroupForm,
  fillWorkingGroupForm,
  toWorkingGroupInput,
} from './working-group-form';

export interface WorkingGroupDialogData {
  /** The group to edit; null to add one. */
  group: WorkingGroup | null;
  /** The members of the initiative, to choose lead and members from. */
  members: Member[];
  /** The actor table, to choose the participating actors from. */
  actors: Actor[];
}

interface Choice {
  id: string;
  name: string;
}

/** Adds or edits a working group: name, mandate, lead, members, participating actors. */
@Component({
  selector: 'gw-working-group-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FormDialogComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './working-group-dialog.component.html',
  styles: `
    /* Room between a field's hint and the label of the next field. */
    mat-form-field + mat-form-field {
      margin-block-start: var(--gw-space-2);
    }
  `,
})
export class WorkingGroupDialogComponent {
  private readonly store = inject(WorkingGroupsStore);
  private readonly dialogRef =
    inject<MatDialogRef<WorkingGroupDialogComponent, WorkingGroup>>(MatDialogRef);
  protected readonly data = inject<WorkingGroupDialogData>(MAT_DIALOG_DATA);

  protected readonly limits = WORKING_GROUP_LIMITS;
  /** The group as last read; after a conflict, the version someone else saved. */
  protected readonly group = signal<WorkingGroup | null>(this.data.group);
  /** The members, and the group's current people even when the list could not be loaded. */
  protected readonly memberChoices = computed(() => {
    const group = this.group();
    const current = [...(group?.members ?? []), ...(group?.lead ? [group.lead] : [])];
    return withCurrent(
      this.data.members.map((member) => ({ id: member.id, name: member.displayName })),
      current,
    );
  });
  protected readonly actorChoices = computed<Choice[]>(() =>
    this.data.actors.map((actor) => ({ id: actor.id, name: actor.name })),
  );
  protected readonly form = createWorkingGroupForm();
  protected readonly submission = new FormSubmit(this.form, { explainInvalid: true });

  constructor() {
    fillWorkingGroupForm(this.form, this.data.group);
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const current = this.group();
      const input = toWorkingGroupInput(this.form);
      const saved = current
        ? await this.store.update(current, input)
        : await this.store.create(input);
      this.dialogRef.close(saved);
    });
  }

  /** After a conflict: show what someone else saved and edit from there. */
  protected async reloadAfterConflict(): Promise<void> {
    await this.store.reload();
    const fresh = this.store.groups()?.find((item) => item.id === this.group()?.id) ?? null;
    if (!fresh) {
      this.dialogRef.close();
      return;
    }
    this.group.set(fresh);
    fillWorkingGroupForm(this.form, fresh);
    this.submission.reset();
  }
}

function withCurrent(choices: Choice[], current: MemberRef[]): Choice[] {
  const known = new Set(choices.map((choice) => choice.id));
  const missing = current
    .filter(
      (ref, index, all) => all.findIndex((other) => other.memberId === ref.memberId) === index,
    )
    .filter((ref) => !known.has(ref.memberId))
    .map((ref) => ({ id: ref.memberId, name: ref.displayName }));
  return [...missing, ...choices];
}
