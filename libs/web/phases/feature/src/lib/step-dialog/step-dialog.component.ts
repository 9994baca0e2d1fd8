import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type Member,
  type Phase,
  STEP_LIMITS,
  STEP_STATUSES,
  type Step,
  type StepStatus,
} from '@gw/shared/contracts';
import { PhasesStore } from '@gw/web/phases/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import {
  FieldErrorPipe,
  I18nService,
  TranslatePipe,
  phaseKey,
  stepStatusKey,
} from '@gw/web/shared/i18n';
import { FormDialogComponent, fromIsoDate, toIsoDate } from '@gw/web/shared/ui';
import { stepLabel } from '../step-label';

export interface StepDialogData {
  phase: Phase;
  /** The step to edit; null to add a step to `phase`. */
  step: Step | null;
  /** The members to choose the responsible from. */
  members: Member[];
}

/** Adds a custom step, or edits a step: status, responsible, due date, note (and a custom title). */
@Component({
  selector: 'gw-step-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FormDialogComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './step-dialog.component.html',
  styles: `
    .phase {
      margin: 0 0 var(--gw-space-4);
      color: var(--mat-sys-on-surface-variant);
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 0 var(--gw-space-3);
    }
  `,
})
export class StepDialogComponent {
  private readonly store = inject(PhasesStore);
  private readonly dialogRef = inject<MatDialogRef<StepDialogComponent, Step>>(MatDialogRef);
  private readonly i18n = inject(I18nService);
  protected readonly data = inject<StepDialogData>(MAT_DIALOG_DATA);

  protected readonly statuses = STEP_STATUSES;
  protected readonly statusKey = stepStatusKey;
  protected readonly phaseKey = phaseKey;
  protected readonly limits = STEP_LIMITS;
  /** The step as last read; after a conflict, the version someone else saved. */
  protected readonly step = signal<Step | null>(this.data.step);
  protected readonly isCustom = computed(() => !this.step()?.key);
  protected readonly label = computed(() => {
    const step = this.step();
    return step ? stepLabel(step, this.i18n) : '';
  });
  /** The members, and the current responsible even when the list could not be loaded. */
  protected readonly choices = computed(() => {
    const responsible = this.step()?.responsible;
    const members = this.data.members.map((member) => ({
      id: member.id,
      name: member.displayName,
    }));
    return responsible && !members.some((member) => member.id === responsible.memberId)
      ? [{ id: responsible.memberId, name: responsible.displayName }, ...members]
      : members;
  });

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(STEP_LIMITS.title)],
    }),
    status: new FormControl<StepStatus>('open', { nonNullable: true }),
    responsibleMemberId: new FormControl<string | null>(null),
    dueDate: new FormControl<Date | null>(null),
    note: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(STEP_LIMITS.note)],
    }),
  });
  protected readonly submission = new FormSubmit(this.form);

  constructor() {
    if (this.isCustom()) this.form.controls.title.addValidators(Validators.required);
    this.fill(this.data.step);
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const { title, status, responsibleMemberId, dueDate, note } = this.form.getRawValue();
      const common = { responsibleMemberId, dueDate: toIsoDate(dueDate), note: note.trim() };
      const current = this.step();
      const saved = current
        ? await this.store.updateStep(current, {
            ...common,
            status,
            ...(current.key ? {} : { title: title.trim() }),
          })
        : await this.store.createStep({ ...common, phase: this.data.phase, title: title.trim() });
      this.dialogRef.close(saved);
    });
  }

  /** After a conflict: show what someone else saved and edit from there. */
  protected async reloadAfterConflict(): Promise<void> {
    await this.store.reload();
    const fresh = this.store.steps()?.find((item) => item.id === this.step()?.id) ?? null;
    this.step.set(fresh);
    this.fill(fresh);
    this.submission.reset();
    if (!fresh) this.dialogRef.close();
  }

  private fill(step: Step | null): void {
    this.form.reset({
      title: step?.title ?? '',
      status: step?.status ?? 'open',
      responsibleMemberId: step?.responsible?.memberId ?? null,
      dueDate: fromIsoDate(step?.dueDate ?? null),
      note: step?.note ?? '',
    });
  }
}
