import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MEASUREMENT_LIMITS, type Measurement } from '@gw/shared/contracts';
import { IndicatorValuesStore } from '@gw/web/measurements/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, SubmitButtonComponent } from '@gw/web/shared/ui';
import { revisionKey, statusKey, valueText } from '../measurement-text';

/**
 * A value's story: why coordination returned it, its earlier states (who changed what, when and
 * why) and the members' comments, with a form to add one.
 */
@Component({
  selector: 'gw-value-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorMessageComponent,
    SubmitButtonComponent,
    TranslatePipe,
    LocalDatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './value-details.component.html',
  styleUrl: './value-details.component.scss',
})
export class ValueDetailsComponent {
  private readonly store = inject(IndicatorValuesStore);
  private readonly i18n = inject(I18nService);

  readonly value = input.required<Measurement>();
  readonly unit = input.required<string>();
  readonly canComment = input(false);

  protected readonly revisionKey = revisionKey;
  protected readonly statusKey = statusKey;
  protected readonly maxLength = MEASUREMENT_LIMITS.comment;
  protected readonly body = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(MEASUREMENT_LIMITS.comment)],
  });
  protected readonly submission = new FormSubmit(this.body);

  protected format(value: number): string {
    return valueText(value, this.unit(), this.i18n);
  }

  protected async send(): Promise<void> {
    const sent = await this.submission.run(() =>
      this.store.comment(this.value(), this.body.value.trim()),
    );
    if (sent) this.body.reset();
  }
}
