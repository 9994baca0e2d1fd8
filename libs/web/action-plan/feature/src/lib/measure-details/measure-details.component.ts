import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { Measure } from '@gw/shared/contracts';
import { MeasurePlanStore } from '@gw/web/action-plan/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { formatNumber, shortDate } from '../measure-labels';

const named = <T>(ids: readonly string[], byId: Map<string, T>, name: (item: T) => string) =>
  ids.flatMap((id) => {
    const item = byId.get(id);
    return item ? [name(item)] : [];
  });

/** ": 22.000 € · 240 Std." after the actor's name; nothing when it pledged nothing yet. */
const suffix = (parts: string[]) => {
  const given = parts.filter(Boolean);
  return given.length > 0 ? `: ${given.join(' · ')}` : '';
};

/** Everything about one measure, for reading: below its row in the list. */
@Component({
  selector: 'gw-measure-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TranslatePipe],
  templateUrl: './measure-details.component.html',
  styleUrl: './measure-details.component.scss',
})
export class MeasureDetailsComponent {
  readonly measure = input.required<Measure>();

  private readonly plan = inject(MeasurePlanStore);
  private readonly i18n = inject(I18nService);

  protected readonly view = computed(() => {
    const measure = this.measure();
    const locale = this.i18n.locale();
    const actors = this.plan.actorById();
    return {
      goals: named(measure.goalIds, this.plan.goalById(), (goal) => goal.title),
      contributing: named(measure.contributingActorIds, actors, (actor) => actor.name),
      milestones: [...measure.milestones]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((milestone) => ({ ...milestone, date: shortDate(milestone.dueDate, locale) })),
      resources: measure.resources.map((pledge) => ({
        actor: actors.get(pledge.actorId)?.name ?? '',
        suffix: suffix([
          pledge.eur !== null
            ? this.i18n.t('measures.details.eur', { amount: formatNumber(pledge.eur, locale) })
            : '',
          pledge.staffHours !== null
            ? this.i18n.t('measures.details.hours', {
                hours: formatNumber(pledge.staffHours, locale),
              })
            : '',
          pledge.inKind,
        ]),
      })),
      dependencies: named(measure.dependencyIds, this.plan.measureById(), (item) => item.title),
      indicators: named(measure.indicatorIds, this.plan.indicatorById(), (item) => item.name),
    };
  });
}
