import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MEASUREMENT_LIMITS, type Measurement } from '@gw/shared/contracts';
import type { ValueCorrection } from '@gw/web/measurements/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, type Lang, TranslatePipe } from '@gw/web/shared/i18n';
import {
  ErrorMessageComponent,
  FormDialogComponent,
  decimalValidator,
  formatDecimal,
  parseDecimal,
} from '@gw/web/shared/ui';
import { casesValidator, parseCases } from '../cases-input';

export interface CorrectionDialogData {
  value: Measurement;
  unit: string;
  /** The period and cell in words, e.g. „2. Halbjahr 2026, Gesamt“. */
  subject: { period: string; cell: string };
  /** A data steward's correction goes back to review. */
  needsReview: boolean;
  save: (value: Measurement, correction: ValueCorrection) => Promise<Measurement>;
  /** The value as it is now, after someone else changed it. */
  current: (value: Measurement) => Promise<Measurement>;
}

/**
 * Corrects a value with a reason; the previous state stays in the value's history. Sends only
 * what changed, with the version last read: a newer version (409) offers to reload.
 */
@Component({
  selector: 'gw-correction-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorMessageComponent,
    FormDialogComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './correction-dialog.component.html',
  styleUrl: '../value-dialog/value-dialog.component.scss',
})
export class CorrectionDialogComponent {
  private readonly i18n = inject(I18nService);
  private readonly dialogRef =
    inject<MatDialogRef<CorrectionDialogComponent, Measurement>>(MatDialogRef);
  protected readonly data = inject<CorrectionDialogData>(MAT_DIALOG_DATA);
  protected readonly limits = MEASUREMENT_LIMITS;

  /** The value as last read; after a conflict, the state someone else saved. */
  private readonly value = signal(this.data.value);

  protected readonly form = new FormGroup(
    {
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
      reason: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(MEASUREMENT_LIMITS.reason)],
      }),
    },
    { validators: (group: AbstractControl<CorrectionForm>) => this.unchanged(group) },
  );
  protected readonly submission = new FormSubmit(this.form, { explainInvalid: true });

  constructor() {
    this.fill(this.data.value);
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const saved = await this.data.save(this.value(), this.correction());
      this.dialogRef.close(saved);
    });
  }

  protected async reloadAfterConflict(): Promise<void> {
    try {
      const fresh = await this.data.current(this.value());
      this.value.set(fresh);
      this.fill(fresh);
      this.submission.reset();
    } catch {
      this.dialogRef.close();
    }
  }

  private fill(value: Measurement): void {
    const lang = this.i18n.lang();
    this.form.reset({
      value: formatDecimal(value.value, lang),
      cases: value.cases === null ? '' : String(value.cases),
      sourceNote: value.sourceNote,
      reason: '',
    });
  }

  private correction(): ValueCorrection {
    return correctionOf(this.form.getRawValue(), this.value(), this.i18n.lang());
  }

  /** Saving the same state again would only add noise to the history. */
  private unchanged(group: AbstractControl<CorrectionForm>): ValidationErrors | null {
    const changes = correctionOf(group.getRawValue(), this.value(), this.i18n.lang());
    const changed = 'value' in changes || 'cases' in changes || 'sourceNote' in changes;
    return changed ? null : { unchanged: true };
  }
}

interface CorrectionForm {
  value: string;
  cases: string;
  sourceNote: string;
  reason: string;
}

/** Only what differs from the value as read, with the reason. */
export function correctionOf(
  raw: CorrectionForm,
  current: Measurement,
  lang: Lang,
): ValueCorrection {
  const value = parseDecimal(raw.value, lang);
  const cases = parseCases(raw.cases);
  const sourceNote = raw.sourceNote.trim();
  return {
    reason: raw.reason.trim(),
    ...(value !== null && !Number.isNaN(value) && value !== current.value ? { value } : {}),
    ...(cases !== current.cases ? { cases } : {}),
    ...(sourceNote !== current.sourceNote ? { sourceNote } : {}),
  };
}
