import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import type { Measure } from '@gw/shared/contracts';
import { MeasurePlanStore, MeasuresStore } from '@gw/web/action-plan/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { EmptyStateComponent, toIsoDate } from '@gw/web/shared/ui';
import { GroupingToggleComponent } from '../grouping-toggle/grouping-toggle.component';
import { groupMeasures } from '../measure-groups';
import { measureStatusKey, periodText, shortDate } from '../measure-labels';
import { TimelineDetailsComponent } from '../timeline-details/timeline-details.component';
import { TimelineLegendComponent } from '../timeline-legend/timeline-legend.component';
import { MILESTONE_RADIUS, TIMELINE, type TimelineTexts, buildTimeline } from './timeline-model';

/** A diamond of radius `r` around (x, y): a milestone. */
const diamond = (x: number, y: number, r = MILESTONE_RADIUS) =>
  `M ${x} ${y - r} L ${x + r} ${y} L ${x} ${y + r} L ${x - r} ${y} Z`;

/**
 * `/initiatives/:id/action-plan/timeline`: every measure as a bar from start to end, coloured
 * and labelled by status, its progress darker, milestones as diamonds (filled when reached),
 * arrows from the measures it depends on and a line for today. Titles, state and progress stand
 * in a column beside the chart, so that no text is clipped or covers a bar. The months fill the
 * width beside that column; only where that would squeeze them (phones) does the chart scroll
 * sideways. Each bar is focusable and reads out its details; choosing one shows them below.
 */
@Component({
  selector: 'gw-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    EmptyStateComponent,
    GroupingToggleComponent,
    TimelineDetailsComponent,
    TimelineLegendComponent,
    TranslatePipe,
  ],
  templateUrl: './timeline.component.html',
  styleUrl: './timeline.component.scss',
})
export class TimelineComponent {
  private readonly plan = inject(MeasurePlanStore);
  private readonly store = inject(MeasuresStore);
  private readonly i18n = inject(I18nService);

  protected readonly layout = TIMELINE;
  protected readonly diamond = diamond;
  protected readonly today = toIsoDate(new Date()) ?? '';
  protected readonly selected = signal<string | null>(null);
  private readonly scroller = viewChild<ElementRef<HTMLElement>>('scroller');
  private scrolledToToday = false;
  /** The width beside the titles, measured; a guess until then (and in tests, without layout). */
  private readonly space = signal<number | null>(null);

  protected readonly timeline = computed(() => {
    const measures = this.plan.measures();
    if (!measures) return null;
    const groups = groupMeasures(
      measures,
      this.store.grouping(),
      this.plan.goals() ?? [],
      this.plan.groups(),
    );
    return buildTimeline(measures, groups, this.today, this.texts(), this.space() ?? 720);
  });
  protected readonly barByKey = computed(
    () => new Map((this.timeline()?.bars ?? []).map((item) => [item.key, item])),
  );
  protected readonly chosen = computed(() => {
    const key = this.selected();
    return this.timeline()?.bars.find((bar) => bar.key === key) ?? null;
  });

  constructor() {
    // Follows the width of the page (window resized, navigation folded away).
    effect((onCleanup) => {
      const scroller = this.scroller()?.nativeElement;
      if (!scroller || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() => {
        const titles = scroller.querySelector<HTMLElement>('.labels')?.offsetWidth ?? 0;
        const space = Math.floor(scroller.clientWidth - titles);
        if (space > 0) this.space.set(space);
      });
      observer.observe(scroller);
      onCleanup(() => observer.disconnect());
    });
    // Opens on today, so that what is running now is in view.
    afterRenderEffect(() => {
      const timeline = this.timeline();
      const scroller = this.scroller()?.nativeElement;
      if (!timeline || !scroller || this.space() === null || this.scrolledToToday) return;
      this.scrolledToToday = true;
      // The titles on the left cover the start of the chart: today goes a quarter into the rest.
      const titles = scroller.querySelector<HTMLElement>('.labels')?.offsetWidth ?? 0;
      const visible = scroller.clientWidth - titles;
      scroller.scrollLeft = Math.max(0, timeline.todayX - visible / 4);
    });
  }

  protected groupLabel(label: string | null): string {
    if (label) return label;
    return this.i18n.t(
      this.store.grouping() === 'goal' ? 'measures.group.noGoal' : 'measures.group.noWorkingGroup',
    );
  }

  protected select(key: string): void {
    this.selected.update((current) => (current === key ? null : key));
  }

  private period(measure: Measure): string {
    return periodText(measure.startDate, measure.endDate, this.i18n);
  }

  /** The texts of the chart in the current language (read here, so they follow a switch). */
  private texts(): TimelineTexts {
    const i18n = this.i18n;
    const locale = i18n.locale();
    const byId = this.plan.measureById();
    const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    const status = (measure: Measure) => i18n.t(measureStatusKey(measure.status));
    const milestoneTitle = (milestone: Measure['milestones'][number]) =>
      i18n.t('timeline.bar.milestone', {
        title: milestone.title,
        date: shortDate(milestone.dueDate, locale),
        state: i18n.t(
          milestone.done ? 'measures.details.milestoneDone' : 'measures.details.milestoneOpen',
        ),
      });
    return {
      barLabel: (measure) =>
        `${status(measure)} · ${i18n.t('measures.progress', { progress: measure.progress })}`,
      milestoneTitle,
      month: (index, year) => month.format(new Date(Date.UTC(year, index, 1))),
      description: (measure) => {
        const parts = [
          i18n.t('timeline.bar', {
            title: measure.title,
            status: status(measure),
            progress: measure.progress,
            period: this.period(measure),
          }),
        ];
        if (measure.milestones.length > 0) {
          const list = measure.milestones.map(milestoneTitle).join('; ');
          parts.push(i18n.t('timeline.bar.milestones', { list }));
        }
        const dependsOn = measure.dependencyIds.flatMap((id) => byId.get(id)?.title ?? []);
        if (dependsOn.length > 0) {
          parts.push(i18n.t('timeline.bar.dependsOn', { list: dependsOn.join('; ') }));
        }
        return parts.join(' ');
      },
    };
  }
}
