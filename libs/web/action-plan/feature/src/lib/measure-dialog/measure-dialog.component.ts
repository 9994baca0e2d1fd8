import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSliderModule } from '@angular/material/slider';
import { MEASURE_LIMITS, MEASURE_STATUSES, type Measure } from '@gw/shared/contracts';
import {
  MeasurePlanStore,
  type MeasureAccess,
  MeasuresStore,
} from '@gw/web/action-plan/data-access';
import { FormSubmit, type Problem, problemMessage } from '@gw/web/shared/data-access';
import { FieldErrorPipe, TranslatePipe } from '@gw/web/shared/i18n';
import {
  ConfirmDiscardDirective,
  ErrorMessageComponent,
  StaleNoticeComponent,
  SubmitButtonComponent,
} from '@gw/web/shared/ui';
import { measureFieldKey, measureStatusKey } from '../measure-labels';
import {
  applyMeasureAccess,
  createMeasureForm,
  createMilestoneForm,
  createResourceForm,
  fillMeasureForm,
  toMeasureChanges,
  toMeasureInput,
} from './measure-form';

export interface MeasureDialogData {
  /** The measure to edit; null to add one. */
  measure: Measure | null;
  /** What the user may change: everything (coordination) or the progress (working group). */
  access: Exclude<MeasureAccess, 'none'>;
}

/** A dependency cycle gets its own message; everything else the usual one. */
function measureProblemMessage(problem: Problem) {
  return problem.errors?.some((error) => error.code === 'dependency_cycle')
    ? { key: 'measures.error.cycle' as const }
    : problemMessage(problem);
}

/**
 * Adds or edits a measure with every field. A working-group member sees the same form with only
 * status, progress, milestones and notes editable.
 */
@Component({
  selector: 'gw-measure-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSliderModule,
    ConfirmDiscardDirective,
    ErrorMessageComponent,
    StaleNoticeComponent,
    SubmitButtonComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './measure-dialog.component.html',
  styleUrl: './measure-dialog.component.scss',
})
export class MeasureDialogComponent {
  private readonly store = inject(MeasuresStore);
  protected readonly plan = inject(MeasurePlanStore);
  private readonly dialogRef = inject<MatDialogRef<MeasureDialogComponent, Measure>>(MatDialogRef);
  protected readonly data = inject<MeasureDialogData>(MAT_DIALOG_DATA);

  protected readonly limits = MEASURE_LIMITS;
  protected readonly statuses = MEASURE_STATUSES;
  protected readonly statusKey = measureStatusKey;
  protected readonly fieldKey = measureFieldKey;
  protected readonly progressOnly = this.data.access === 'progress';
  /** The measure as last read; after a conflict, the version someone else saved. */
  protected readonly measure = signal<Measure | null>(this.data.measure);
  /** Someone deleted the measure while it was open here. */
  protected readonly gone = signal(false);
  protected readonly goals = computed(() =>
    [...(this.plan.goals() ?? [])].sort((a, b) => a.position - b.position),
  );
  /** Every other measure, by title: a measure cannot depend on itself. */
  protected readonly otherMeasures = computed(() =>
    (this.plan.measures() ?? [])
      .filter((item) => item.id !== this.measure()?.id)
      .sort((a, b) => a.title.localeCompare(b.title, 'de')),
  );

  protected readonly form = createMeasureForm();
  protected readonly submission = new FormSubmit(this.form, {
    explainInvalid: true,
    message: measureProblemMessage,
  });

  constructor() {
    this.fill(this.data.measure);
  }

  protected addMilestone(): void {
    this.form.controls.milestones.push(createMilestoneForm());
    this.form.markAsDirty();
  }

  protected removeMilestone(index: number): void {
    this.form.controls.milestones.removeAt(index);
    this.form.markAsDirty();
  }

  protected addResource(): void {
    this.form.controls.resources.push(createResourceForm());
    this.form.markAsDirty();
  }

  protected removeResource(index: number): void {
    this.form.controls.resources.removeAt(index);
    this.form.markAsDirty();
  }

  protected setProgress(value: number): void {
    this.form.controls.progress.setValue(value);
    this.form.controls.progress.markAsDirty();
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const current = this.measure();
      const saved = current
        ? await this.store.update(current, toMeasureChanges(this.form, this.data.access))
        : await this.store.create(toMeasureInput(this.form));
      this.dialogRef.close(saved);
    });
  }

  /** After a conflict: show what someone else saved and edit from there. */
  protected async reloadAfterConflict(): Promise<void> {
    const id = this.measure()?.id;
    const fresh = id ? await this.store.fetch(id) : null;
    this.submission.reset();
    if (!fresh) {
      this.gone.set(true);
      return;
    }
    this.measure.set(fresh);
    this.fill(fresh);
  }

  private fill(measure: Measure | null): void {
    fillMeasureForm(this.form, measure);
    applyMeasureAccess(this.form, this.data.access);
  }
}
