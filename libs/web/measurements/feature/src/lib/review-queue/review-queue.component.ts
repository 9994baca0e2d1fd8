import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { Dimension, Indicator, Measurement } from '@gw/shared/contracts';
import { type Delivery, type QueueKind, deliveriesOf } from '@gw/web/measurements/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { cellText, periodLabel, valueText } from '../measurement-text';

/**
 * Values waiting for someone across indicators, grouped into deliveries (an indicator's period:
 * its total and cells): the submitted ones coordination approves or returns as a whole, or the
 * returned ones a data steward corrects one by one, with coordination's reason.
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

  readonly approve = output<Delivery>();
  readonly returnValue = output<Delivery>();
  readonly correct = output<Measurement>();

  protected readonly deliveries = computed(() => deliveriesOf(this.values()));

  protected indicatorOf(value: Pick<Measurement, 'indicatorId'>): Indicator | undefined {
    return this.indicators().find((indicator) => indicator.id === value.indicatorId);
  }

  /** The delivery in words, for its heading and the labels of its actions. */
  protected describe(delivery: Delivery) {
    return {
      indicator: this.indicatorOf(delivery)?.name ?? '',
      period: periodLabel(delivery.period, this.i18n),
      count: delivery.values.length,
      // A delivery of one value keeps the value's own labels: „…, Gesamt freigeben“.
      cell: this.cell(delivery.values[0]),
    };
  }

  protected cell(value: Measurement | undefined): string {
    return value ? cellText(value.cell, this.dimensions(), this.i18n) : '';
  }

  protected format(value: Measurement): string {
    return valueText(value.value, this.indicatorOf(value)?.unit ?? '', this.i18n);
  }
}
