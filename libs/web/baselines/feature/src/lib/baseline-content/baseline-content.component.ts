import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ActionPlanContent } from '@gw/shared/contracts';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { measureStatusKey } from '../baseline-keys';
import { type BaselineMeasure, measuresByGoal } from './measures-by-goal';

/** The measures a baseline froze, by goal, read-only: what the steering group decides on. */
@Component({
  selector: 'gw-baseline-content',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './baseline-content.component.html',
  styleUrl: './baseline-content.component.scss',
})
export class BaselineContentComponent {
  readonly content = input.required<ActionPlanContent>();

  private readonly i18n = inject(I18nService);
  protected readonly statusKey = measureStatusKey;
  protected readonly groups = computed(() => measuresByGoal(this.content()));
  private readonly names = computed(() => {
    const content = this.content();
    return {
      actors: new Map(content.actors.map((item) => [item.id, item.name])),
      groups: new Map(content.workingGroups.map((item) => [item.id, item.name])),
      measures: new Map(content.measures.map((item) => [item.id, item.title])),
      indicators: new Map(content.indicators.map((item) => [item.id, item.name])),
    };
  });

  protected period(measure: BaselineMeasure): string {
    const from = this.date(measure.startDate);
    const to = this.date(measure.endDate);
    if (!from && !to) return this.i18n.t('baselines.content.noPeriod');
    return this.i18n.t('baselines.content.period', {
      from: from || '…',
      to: to || '…',
    });
  }

  protected workingGroup(measure: BaselineMeasure): string | null {
    return measure.workingGroupId
      ? (this.names().groups.get(measure.workingGroupId) ?? null)
      : null;
  }

  protected actor(id: string | null): string | null {
    return id ? (this.names().actors.get(id) ?? null) : null;
  }

  protected list(ids: string[], kind: 'actors' | 'measures' | 'indicators'): string {
    const names = this.names()[kind];
    return ids.flatMap((id) => names.get(id) ?? []).join(', ');
  }

  protected date(value: string | null): string {
    return value ? this.i18n.formatDate(`${value}T12:00:00`) : '';
  }
}
