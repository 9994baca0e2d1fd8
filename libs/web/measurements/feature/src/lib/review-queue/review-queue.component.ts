import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { Dimension, Indicator, Measurement } from '@gw/shared/contracts';
import type { QueueKind } from '@gw/web/measurements/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { cellText, periodLabel, valueText } from '../measurement-text';

/**
 * Values waiting for someone across indicators: the submitted ones coordination approves or
 * returns, or the returned ones a data steward corrects, with coordination's reason.
 */
@Component({
  selector: 'gw-review-queue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslatePipe, LocalDatePipe],
  templateUrl: './review-queue.component.html',
  styleUrl: './review-queue.component.scss',
})
export class ReviewQueueComponent {
  private readonly i18n = inject(I18nService);

  readonly kind = input.required<QueueKind>();
  readonly values = input.required<Measurement[]>();
  readonly indicators = input.required<Indicator[]>();
  readonly dimensions = input.required<Dimension[]>();

  readonly approve = output<Measurement>();
  readonly returnValue = output<Measurement>();
  readonly correct = output<Measurement>();

  protected indicatorOf(value: Measurement): Indicator | undefined {
    return this.indicators().find((indicator) => indicator.id === value.indicatorId);
  }

  protected subject(value: Measurement) {
    return {
      indicator: this.indicatorOf(value)?.name ?? '',
      period: periodLabel(value.period, this.i18n),
      cell: cellText(value.cell, this.dimensions(), this.i18n),
    };
  }

  protected format(value: Measurement): string {
    return valueText(value.value, this.indicatorOf(value)?.unit ?? '', this.i18n);
  }
}
