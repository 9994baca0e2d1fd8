import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { BODY_LIMITS, BODY_TYPES, type BodyType, type ExistingBody } from '@gw/shared/contracts';
import { ExistingBodiesStore } from '@gw/web/actors/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, TranslatePipe, bodyTypeKey } from '@gw/web/shared/i18n';
import { FormDialogComponent, GwValidators } from '@gw/web/shared/ui';

export interface ExistingBodyDialogData {
  /** The body to edit; null to add one. */
  body: ExistingBody | null;
}

/** Adds or edits an existing body; its members are chosen from the actor table. */
@Component({
  selector: 'gw-existing-body-dialog',
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
  templateUrl: './existing-body-dialog.component.html',
})
export class ExistingBodyDialogComponent {
  protected readonly store = inject(ExistingBodiesStore);
  private readonly dialogRef =
    inject<MatDialogRef<ExistingBodyDialogComponent, ExistingBody>>(MatDialogRef);
  protected readonly data = inject<ExistingBodyDialogData>(MAT_DIALOG_DATA);

  protected readonly types = BODY_TYPES;
  protected readonly typeKey = bodyTypeKey;
  protected readonly limits = BODY_LIMITS;
  protected readonly body = signal<ExistingBody | null>(this.data.body);
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(BODY_LIMITS.name)],
    }),
    type: new FormControl<BodyType>('committee', { nonNullable: true }),
    memberActorIds: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [GwValidators.maxItems(BODY_LIMITS.members)],
    }),
    notes: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(BODY_LIMITS.notes)],
    }),
  });
  protected readonly submission = new FormSubmit(this.form);

  constructor() {
    this.fill(this.data.body);
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const value = this.form.getRawValue();
      const input = { ...value, name: value.name.trim(), notes: value.notes.trim() };
      const current = this.body();
      const saved = current
        ? await this.store.update(current, input)
        : await this.store.create(input);
      this.dialogRef.close(saved);
    });
  }

  protected async reloadAfterConflict(): Promise<void> {
    await this.store.reload();
    const fresh = this.store.bodies()?.find((item) => item.id === this.body()?.id) ?? null;
    if (!fresh) {
      this.dialogRef.close();
      return;
    }
    this.body.set(fresh);
    this.fill(fresh);
    this.submission.reset();
  }

  private fill(body: ExistingBody | null): void {
    this.form.reset({
      name: body?.name ?? '',
      type: body?.type ?? 'committee',
      memberActorIds: body?.memberActorIds ?? [],
      notes: body?.notes ?? '',
    });
  }
}
