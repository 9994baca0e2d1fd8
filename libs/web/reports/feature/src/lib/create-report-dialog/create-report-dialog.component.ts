import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  type CreateReportRequest,
  REPORT_LIMITS,
  REPORT_PERIOD_TYPES,
  type ReportPeriodType,
} from '@gw/shared/contracts';
import {
  type Report,
  ReportsStore,
  lastCompletePeriodDay,
  periodFor,
} from '@gw/web/reports/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { FormDialogComponent, fromIsoDate, toIsoDate } from '@gw/web/shared/ui';
import { periodTypeKey } from '../report-keys';

/** A custom range needs its end, not before its start. */
function customRange(group: AbstractControl): ValidationErrors | null {
  const { periodType, date, end } = (group as ReportForm).controls;
  if (periodType.value !== 'custom') {
    if (end.hasError('required') || end.hasError('endBeforeStart')) end.setErrors(null);
    return null;
  }
  if (!end.value) {
    end.setErrors({ ...end.errors, required: true });
  } else if (date.value && end.value < date.value) {
    end.setErrors({ ...end.errors, endBeforeStart: true });
  }
  return null;
}

type ReportForm = FormGroup<{
  periodType: FormControl<ReportPeriodType>;
  date: FormControl<Date | null>;
  end: FormControl<Date | null>;
  title: FormControl<string>;
}>;

/**
 * Creates a report (coordination): the kind of period and a day in it (or start and end of a free
 * range) and an optional title; shows the period the API will use before the draft is made.
 * Closes with the new report.
 */
@Component({
  selector: 'gw-create-report-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonToggleModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    FormDialogComponent,
    TranslatePipe,
    FieldErrorPipe,
    LocalDatePipe,
  ],
  templateUrl: './create-report-dialog.component.html',
  styleUrl: './create-report-dialog.component.scss',
})
export class CreateReportDialogComponent {
  private readonly store = inject(ReportsStore);
  private readonly dialogRef =
    inject<MatDialogRef<CreateReportDialogComponent, Report>>(MatDialogRef);

  protected readonly types = REPORT_PERIOD_TYPES;
  protected readonly typeKey = periodTypeKey;
  protected readonly limits = REPORT_LIMITS;
  protected readonly form: ReportForm = new FormGroup(
    {
      periodType: new FormControl<ReportPeriodType>('quarter', { nonNullable: true }),
      date: new FormControl<Date | null>(lastCompleteDay('quarter'), {
        validators: [Validators.required],
      }),
      end: new FormControl<Date | null>(null),
      title: new FormControl('', {
        nonNullable: true,
        validators: [Validators.maxLength(REPORT_LIMITS.title)],
      }),
    },
    { validators: customRange },
  );
  protected readonly submission = new FormSubmit(this.form, {
    fieldMap: { periodStart: 'date', periodEnd: 'end' },
  });
  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  protected readonly custom = computed(() => this.value().periodType === 'custom');
  /** The period the report will cover, once the dates make one. */
  protected readonly preview = computed(() => {
    const request = this.request();
    return request ? periodFor(request.periodType, request.periodStart, request.periodEnd) : null;
  });

  constructor() {
    // Until the user picks a day, the day follows the type: the last complete period of it.
    this.form.controls.periodType.valueChanges.pipe(takeUntilDestroyed()).subscribe((type) => {
      const date = this.form.controls.date;
      if (date.pristine) date.setValue(lastCompleteDay(type));
    });
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const request = this.request();
      if (!request) return;
      this.dialogRef.close(await this.store.create(request));
    });
  }

  private request(): CreateReportRequest | null {
    const { periodType = 'quarter', date, end, title } = this.value();
    const periodStart = toIsoDate(date ?? null);
    if (!periodStart) return null;
    const periodEnd = periodType === 'custom' ? toIsoDate(end ?? null) : null;
    if (periodType === 'custom' && (!periodEnd || periodEnd < periodStart)) return null;
    return {
      periodType,
      periodStart,
      ...(periodEnd ? { periodEnd } : {}),
      ...(title?.trim() ? { title: title.trim() } : {}),
    };
  }
}

/** A day in the latest complete period of the type, in the browser's calendar. */
function lastCompleteDay(type: ReportPeriodType): Date {
  return fromIsoDate(lastCompletePeriodDay(type, toIsoDate(new Date()) ?? '')) ?? new Date();
}
