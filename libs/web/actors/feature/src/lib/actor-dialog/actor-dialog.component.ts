import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ACTOR_AREAS,
  ACTOR_KINDS,
  ACTOR_LIMITS,
  type Actor,
  type Member,
} from '@gw/shared/contracts';
import { ActorsStore } from '@gw/web/actors/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, TranslatePipe, actorAreaKey, actorKindKey } from '@gw/web/shared/i18n';
import { FormDialogComponent } from '@gw/web/shared/ui';
import { ActorRepresentativesComponent } from '../actor-representatives/actor-representatives.component';
import { createActorForm, createContactForm, fillActorForm, toActorInput } from './actor-form';

export interface ActorDialogData {
  /** The actor to edit; null to add one. */
  actor: Actor | null;
  /** The members who can represent it. */
  members: Member[];
}

/** Adds or edits an actor with everything about it: classification, contacts, notes, people. */
@Component({
  selector: 'gw-actor-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ActorRepresentativesComponent,
    FormDialogComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './actor-dialog.component.html',
  styleUrl: './actor-dialog.component.scss',
})
export class ActorDialogComponent {
  private readonly store = inject(ActorsStore);
  private readonly dialogRef = inject<MatDialogRef<ActorDialogComponent, Actor>>(MatDialogRef);
  protected readonly data = inject<ActorDialogData>(MAT_DIALOG_DATA);

  protected readonly areas = ACTOR_AREAS;
  protected readonly kinds = ACTOR_KINDS;
  protected readonly limits = ACTOR_LIMITS;
  protected readonly areaKey = actorAreaKey;
  protected readonly kindKey = actorKindKey;
  /** The actor as last read; representatives and a conflict change it while the dialog is open. */
  protected readonly actor = signal<Actor | null>(this.data.actor);
  protected readonly form = createActorForm();
  protected readonly submission = new FormSubmit(this.form, { explainInvalid: true });

  constructor() {
    fillActorForm(this.form, this.data.actor);
  }

  protected addContact(): void {
    this.form.controls.contacts.push(createContactForm());
    this.form.markAsDirty();
  }

  protected removeContact(index: number): void {
    this.form.controls.contacts.removeAt(index);
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const current = this.actor();
      const input = toActorInput(this.form);
      const saved = current
        ? await this.store.update(current, input)
        : await this.store.create(input);
      this.dialogRef.close(saved);
    });
  }

  /** After a conflict: show what someone else saved and edit from there. */
  protected async reloadAfterConflict(): Promise<void> {
    await this.store.reload();
    const fresh = this.store.page()?.items.find((item) => item.id === this.actor()?.id) ?? null;
    if (!fresh) {
      this.dialogRef.close();
      return;
    }
    this.actor.set(fresh);
    fillActorForm(this.form, fresh);
    this.submission.reset();
  }
}
