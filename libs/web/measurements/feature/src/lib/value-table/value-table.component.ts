import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { Dimension, Indicator, Measurement } from '@gw/shared/contracts';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { cellText, periodLabel, valueText } from '../measurement-text';
import { StatusChipComponent } from '../status-chip/status-chip.component';
import { ValueDetailsComponent } from '../value-details/value-details.component';

/**
 * The values of an indicator as a table: period, cell, value, cases, source, status and who
 * entered it; each row opens its history and comments. Offers correcting and reviewing only to
 * those the API lets do it.
 */
@Component({
  selector: 'gw-value-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    StatusChipComponent,
    ValueDetailsComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './value-table.component.html',
  styleUrl: './value-table.component.scss',
})
export class ValueTableComponent {
  private readonly i18n = inject(I18nService);

  readonly values = input.required<Measurement[]>();
  readonly indicator = input.required<Indicator>();
  readonly dimensions = input.required<Dimension[]>();
  readonly canEnter = input(false);
  readonly canReview = input(false);
  readonly canComment = input(false);

  readonly correct = output<Measurement>();
  readonly approve = output<Measurement>();
  readonly returnValue = output<Measurement>();

  /** The rows whose history and comments are open. */
  protected readonly open = signal<ReadonlySet<string>>(new Set());

  protected toggle(value: Measurement): void {
    this.open.update((open) => {
      const next = new Set(open);
      if (!next.delete(value.id)) next.add(value.id);
      return next;
    });
  }

  protected period(value: Measurement): string {
    return periodLabel(value.period, this.i18n);
  }

  protected cell(value: Measurement): string {
    return cellText(value.cell, this.dimensions(), this.i18n);
  }

  protected format(value: Measurement): string {
    return valueText(value.value, this.indicator().unit, this.i18n);
  }

  protected number(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale()).format(value);
  }
}
