import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { Indicator } from '@gw/shared/contracts';
import { nextTarget, sortedTargets } from '@gw/web/indicators/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { categoryKey, directionKey, frequencyKey, visibilityKey } from '../indicator-keys';
import { formatCalendarDate, formatMeasure } from '../format';

/**
 * One indicator in the catalogue: what it measures, where it starts and what it aims at, who
 * delivers its values how often, and who may see them. Edit and delete for coordination.
 */
@Component({
  selector: 'gw-indicator-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  templateUrl: './indicator-card.component.html',
  styleUrl: './indicator-card.component.scss',
})
export class IndicatorCardComponent {
  readonly indicator = input.required<Indicator>();
  /** Makes the heading's id unique when the indicator appears under several goals. */
  readonly idPrefix = input.required<string>();
  readonly actorNames = input.required<Map<string, string>>();
  readonly dimensionNames = input.required<Map<string, string>>();
  readonly today = input.required<string>();
  readonly canEdit = input(false);
  readonly edit = output<Indicator>();
  readonly remove = output<Indicator>();

  private readonly i18n = inject(I18nService);
  protected readonly categoryKey = categoryKey;
  protected readonly directionKey = directionKey;
  protected readonly frequencyKey = frequencyKey;
  protected readonly visibilityKey = visibilityKey;

  protected readonly headingId = computed(() => `${this.idPrefix()}-${this.indicator().id}`);
  protected readonly baseline = computed(() => {
    const { baseline, unit } = this.indicator();
    if (baseline.value === null) return null;
    return {
      value: formatMeasure(baseline.value, unit, this.i18n.locale()),
      date: formatCalendarDate(baseline.date, this.i18n),
    };
  });
  protected readonly next = computed(() => {
    const target = nextTarget(this.indicator(), this.today());
    return target ? this.describeTarget(target) : null;
  });
  /** Every target but the next one, by date, in words; empty without. */
  protected readonly otherTargets = computed(() => {
    const next = nextTarget(this.indicator(), this.today());
    return sortedTargets(this.indicator().targets)
      .filter((target) => target.id !== next?.id)
      .map((target) => this.describeTarget(target))
      .join('; ');
  });
  protected readonly actor = computed(() => {
    const id = this.indicator().responsibleActorId;
    return id ? (this.actorNames().get(id) ?? null) : null;
  });
  protected readonly dimensions = computed(() =>
    this.indicator().dimensionIds.flatMap((id) => this.dimensionNames().get(id) ?? []),
  );
  protected readonly stewards = computed(() =>
    this.indicator()
      .stewards.map((steward) => steward.displayName)
      .join(', '),
  );

  private describeTarget(target: { value: number; date: string }): string {
    return this.i18n.t('indicators.card.targetBy', {
      value: formatMeasure(target.value, this.indicator().unit, this.i18n.locale()),
      date: formatCalendarDate(target.date, this.i18n),
    });
  }
}
