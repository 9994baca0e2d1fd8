import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Measure } from '@gw/shared/contracts';
import {
  MeasurePlanStore,
  type MeasureAccess,
  type MeasureGrouping,
  baselineMarker,
} from '@gw/web/action-plan/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import { MeasureActions } from '../measure-actions';
import { MeasureDetailsComponent } from '../measure-details/measure-details.component';
import type { MeasureGroup } from '../measure-groups';
import { baselineMarkerText, measureStatusKey, periodText } from '../measure-labels';

interface Row {
  key: string;
  measure: Measure;
  lead: string;
  /** The working group (grouped by goal) or the goals (grouped by working group). */
  other: string;
  period: string;
  statusKey: TranslationKey;
  marker: { kind: string; text: string } | null;
  access: MeasureAccess;
}

interface GroupView {
  key: string;
  label: string;
  count: string;
  rows: Row[];
}

/**
 * The measures of one page, in groups (by goal or working group), each row expandable to its
 * details: status as a labelled chip, progress as a bar with its number, and what changed since
 * the approved baseline. Edit and delete as the user's rights allow.
 */
@Component({
  selector: 'gw-measure-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MeasureDetailsComponent,
    TranslatePipe,
  ],
  templateUrl: './measure-table.component.html',
  styleUrl: './measure-table.component.scss',
})
export class MeasureTableComponent {
  readonly groups = input.required<MeasureGroup[]>();
  readonly grouping = input.required<MeasureGrouping>();
  /** Whether a baseline was approved, against which the rows are marked. */
  readonly showBaseline = input(false);

  private readonly plan = inject(MeasurePlanStore);
  private readonly i18n = inject(I18nService);
  protected readonly actions = inject(MeasureActions);

  protected readonly expanded = signal<string | null>(null);
  protected readonly views = computed<GroupView[]>(() => {
    const grouping = this.grouping();
    const noGroup: TranslationKey =
      grouping === 'goal' ? 'measures.group.noGoal' : 'measures.group.noWorkingGroup';
    return this.groups().map((group) => ({
      key: group.id ?? 'none',
      label: group.label ?? this.i18n.t(noGroup),
      count: this.i18n.t(
        group.measures.length === 1 ? 'measures.count.one' : 'measures.count.many',
        {
          count: group.measures.length,
        },
      ),
      rows: group.measures.map((measure) => this.row(measure, group.id ?? 'none', grouping)),
    }));
  });
  protected readonly hasActions = computed(() =>
    this.views().some((group) => group.rows.some((row) => row.access !== 'none')),
  );
  protected readonly columnCount = computed(
    () => 5 + (this.showBaseline() ? 1 : 0) + (this.hasActions() ? 1 : 0),
  );

  protected toggle(key: string): void {
    this.expanded.update((current) => (current === key ? null : key));
  }

  private row(measure: Measure, groupKey: string, grouping: MeasureGrouping): Row {
    const marker = baselineMarker(measure.baselineChange);
    const other =
      grouping === 'goal'
        ? (this.plan.groupById().get(measure.workingGroupId ?? '')?.name ?? '')
        : measure.goalIds
            .map((id) => this.plan.goalById().get(id)?.title ?? '')
            .filter(Boolean)
            .join(' · ');
    return {
      key: `${groupKey}:${measure.id}`,
      measure,
      lead: this.plan.actorById().get(measure.leadActorId ?? '')?.name ?? '',
      other: other || '–',
      period: periodText(measure.startDate, measure.endDate, this.i18n),
      statusKey: measureStatusKey(measure.status),
      marker: marker ? { kind: marker.kind, text: baselineMarkerText(marker, this.i18n) } : null,
      access: this.actions.access(measure),
    };
  }
}
