import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  type Cell,
  type DeliveryValueInput,
  MEASUREMENT_LIMITS,
  type Measurement,
} from '@gw/shared/contracts';
import { IndicatorValuesStore } from '@gw/web/measurements/data-access';
import { FormSubmit, serverFieldError, toProblem } from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import {
  ErrorMessageComponent,
  FormDialogComponent,
  decimalValidator,
  parseDecimal,
} from '@gw/web/shared/ui';
import { casesValidator, parseCases } from '../cases-input';
import { EntryPeriodFieldComponent, EntrySourceFieldComponent } from '../entry-fields';
import { cellText, entryIntro, lastEndedPeriod } from '../measurement-text';
import type { ValueDialogData } from '../value-dialog/value-dialog.component';

/** One row of the grid: the total, or one value of one dimension. */
interface GridRow {
  cell: Cell;
  label: string;
}

/**
 * A period's delivery in one form: the total and every value of each dimension the indicator is
 * broken down by, one row each, with value and cases. Empty rows are left out; the rest is saved
 * at once, or nothing, with the API's objections at their rows.
 */
@Component({
  selector: 'gw-delivery-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorMessageComponent,
    FormDialogComponent,
    TranslatePipe,
    FieldErrorPipe,
    EntryPeriodFieldComponent,
    EntrySourceFieldComponent,
  ],
  templateUrl: './delivery-dialog.component.html',
  styleUrl: './delivery-dialog.component.scss',
})
export class DeliveryDialogComponent {
  private readonly store = inject(IndicatorValuesStore);
  private readonly i18n = inject(I18nService);
  private readonly dialogRef =
    inject<MatDialogRef<DeliveryDialogComponent, Measurement[]>>(MatDialogRef);
  protected readonly data = inject<ValueDialogData>(MAT_DIALOG_DATA);

  protected readonly intro = entryIntro(this.data.indicator, this.i18n);
  protected readonly cells: GridRow[] = [
    { cell: [], label: this.i18n.t('measurements.total') },
    ...this.data.dimensions.flatMap((dimension) =>
      dimension.values.map((option) => {
        const cell = [{ dimensionId: dimension.id, valueId: option.id }];
        return { cell, label: cellText(cell, this.data.dimensions, this.i18n) };
      }),
    ),
  ];

  protected readonly form = new FormGroup({
    period: new FormControl(lastEndedPeriod(this.data.indicator.frequency), {
      nonNullable: true,
      validators: [Validators.required],
    }),
    // Not `values` as in the request: the API names a value by its place among those sent.
    rows: new FormArray(
      this.cells.map(
        () =>
          new FormGroup(
            {
              value: new FormControl('', {
                nonNullable: true,
                validators: [decimalValidator(() => this.i18n.lang(), MEASUREMENT_LIMITS.value)],
              }),
              cases: new FormControl('', { nonNullable: true, validators: [casesValidator] }),
            },
            { validators: casesNeedValue },
          ),
      ),
      { validators: someValue },
    ),
    sourceNote: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(MEASUREMENT_LIMITS.sourceNote)],
    }),
  });

  protected readonly submission = new FormSubmit(this.form, { explainInvalid: true });

  protected async save(): Promise<void> {
    const { values, sent } = this.input();
    await this.submission.run(async () => {
      try {
        const created = await this.store.createDelivery({
          period: this.form.controls.period.value,
          sourceNote: this.form.controls.sourceNote.value.trim(),
          values,
        });
        this.dialogRef.close(created);
      } catch (error) {
        this.showAtRows(error, sent);
        throw error;
      }
    });
  }

  /** The filled rows as the API takes them, and the row each sent value came from. */
  private input(): { values: DeliveryValueInput[]; sent: number[] } {
    const values: DeliveryValueInput[] = [];
    const sent: number[] = [];
    this.form.controls.rows.getRawValue().forEach((row, index) => {
      if (row.value.trim() === '') return;
      values.push({
        cell: this.cells[index]?.cell ?? [],
        value: parseDecimal(row.value, this.i18n.lang()) ?? 0,
        cases: parseCases(row.cases),
      });
      sent.push(index);
    });
    return { values, sent };
  }

  /** The API names a value by its place in the request (`values.2.cell`): show it at its row. */
  private showAtRows(error: unknown, sent: number[]): void {
    for (const fieldError of toProblem(error).errors ?? []) {
      const [, place, field] = /^values\.(\d+)\.(\w+)/.exec(fieldError.field) ?? [];
      const index = sent[Number(place)];
      if (index === undefined) continue;
      const row = this.form.controls.rows.at(index);
      const control = field === 'cases' ? row.controls.cases : row.controls.value;
      control.setErrors(
        fieldError.code === 'exists'
          ? { exists: true }
          : { server: serverFieldError(fieldError.message, fieldError.code) },
      );
      control.markAsTouched();
    }
  }
}

/** A row with cases needs its value. */
function casesNeedValue(group: AbstractControl): ValidationErrors | null {
  const { value, cases } = group.value as { value: string; cases: string };
  return cases.trim() !== '' && value.trim() === '' ? { casesWithoutValue: true } : null;
}

/** A delivery has at least one value. */
function someValue(array: AbstractControl): ValidationErrors | null {
  const rows = array.value as { value: string }[];
  return rows.some((row) => row.value.trim() !== '') ? null : { empty: true };
}
