import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatInputModule } from '@angular/material/input';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { type CollectionFrequency, MEASUREMENT_LIMITS } from '@gw/shared/contracts';
import {
  FieldErrorPipe,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@gw/web/shared/i18n';
import { periodChoices } from './measurement-text';

/**
 * „Zeitraum“ of the entry forms: a choice of the indicator's current and recent periods in words
 * („2. Halbjahr 2026“), so that no one types a key that does not fit the indicator.
 */
@Component({
  selector: 'gw-entry-period-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TranslatePipe],
  template: `
    <mat-form-field>
      <mat-label>{{ 'measurements.entry.period' | t }}</mat-label>
      <mat-select [formControl]="control()" required>
        @for (period of periods(); track period.key) {
          <mat-option [value]="period.key">{{ period.label }}</mat-option>
        }
      </mat-select>
      <mat-hint>{{ 'measurements.entry.periodHint' | t }}</mat-hint>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }

    mat-form-field {
      width: 100%;
    }
  `,
})
export class EntryPeriodFieldComponent {
  private readonly i18n = inject(I18nService);

  readonly control = input.required<FormControl<string>>();
  readonly frequency = input.required<CollectionFrequency>();

  protected readonly periods = computed(() => periodChoices(this.frequency(), this.i18n));
}

/** „Quelle“ of the entry forms: where the value (or every value of a delivery) comes from. */
@Component({
  selector: 'gw-entry-source-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  template: `
    <mat-form-field>
      <mat-label>{{ 'measurements.entry.source' | t }}</mat-label>
      <textarea matInput [formControl]="control()" rows="2" [maxlength]="maxLength"></textarea>
      <mat-hint>{{ hint() | t }}</mat-hint>
      <mat-error>{{ control().errors | gwFieldError }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }

    mat-form-field {
      width: 100%;
    }
  `,
})
export class EntrySourceFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly hint = input<TranslationKey>('measurements.entry.sourceHint');

  protected readonly maxLength = MEASUREMENT_LIMITS.sourceNote;
}
