import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type Dimension,
  type Indicator,
  MEASUREMENT_LIMITS,
  type Measurement,
  type MeasurementInput,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import { IndicatorValuesStore } from '@gw/web/measurements/data-access';
import { FormSubmit, problemMessage } from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import {
  ErrorMessageComponent,
  FormDialogComponent,
  decimalValidator,
  parseDecimal,
} from '@gw/web/shared/ui';
import { casesValidator, parseCases } from '../cases-input';
import { EntryPeriodFieldComponent, EntrySourceFieldComponent } from '../entry-fields';
import { entryIntro, lastEndedPeriod } from '../measurement-text';

/** The choice „Gesamt“ of a dimension: a select shows no text for null. */
const TOTAL = '';

export interface ValueDialogData {
  indicator: Indicator;
  /** The dimensions the indicator is broken down by, in its order. */
  dimensions: Dimension[];
  /** A data steward's value goes to review; coordination's is approved on entry. */
  needsReview: boolean;
}

/**
 * Enters a value of an indicator for a period and, optionally, a disaggregation cell (one value
 * per dimension; „Gesamt“ everywhere for the total). Checked here as the API checks it; the
 * API's field errors land at the fields.
 */
@Component({
  selector: 'gw-value-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorMessageComponent,
    FormDialogComponent,
    TranslatePipe,
    FieldErrorPipe,
    EntryPeriodFieldComponent,
    EntrySourceFieldComponent,
  ],
  templateUrl: './value-dialog.component.html',
  styleUrl: './value-dialog.component.scss',
})
export class ValueDialogComponent {
  private readonly store = inject(IndicatorValuesStore);
  private readonly i18n = inject(I18nService);
  private readonly dialogRef =
    inject<MatDialogRef<ValueDialogComponent, Measurement>>(MatDialogRef);
  protected readonly data = inject<ValueDialogData>(MAT_DIALOG_DATA);

  protected readonly total = TOTAL;
  /** The indicator's current and recent periods in words, newest first. */
  protected readonly intro = entryIntro(this.data.indicator, this.i18n);

  protected readonly form = new FormGroup({
    period: new FormControl(lastEndedPeriod(this.data.indicator.frequency), {
      nonNullable: true,
      validators: [Validators.required],
    }),
    cell: new FormGroup(
      Object.fromEntries(
        this.data.dimensions.map((dimension) => [
          dimension.id,
          new FormControl(TOTAL, { nonNullable: true }),
        ]),
      ),
    ),
    value: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        decimalValidator(() => this.i18n.lang(), MEASUREMENT_LIMITS.value),
      ],
    }),
    cases: new FormControl('', { nonNullable: true, validators: [casesValidator] }),
    sourceNote: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(MEASUREMENT_LIMITS.sourceNote)],
    }),
  });

  protected readonly submission = new FormSubmit(this.form, {
    explainInvalid: true,
    // An existing value of the same period and cell: say where to correct it instead.
    message: (problem) =>
      problem.status === 409 && problem.type !== PROBLEM_TYPES.staleVersion
        ? { key: 'measurements.entry.exists' }
        : problemMessage(problem),
  });

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const created = await this.store.create(this.input());
      this.dialogRef.close(created);
    });
  }

  private input(): MeasurementInput {
    const raw = this.form.getRawValue();
    return {
      period: raw.period,
      cell: this.data.dimensions
        .map((dimension) => ({ dimensionId: dimension.id, valueId: raw.cell[dimension.id] }))
        .filter((entry) => entry.valueId !== TOTAL),
      value: parseDecimal(raw.value, this.i18n.lang()) ?? 0,
      cases: parseCases(raw.cases),
      sourceNote: raw.sourceNote.trim(),
    };
  }
}
