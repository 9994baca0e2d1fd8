import type { Measure } from '@gw/shared/contracts';
import type { MeasureGroup } from '../measure-groups';
import {
  type Bar,
  type MonthTick,
  type RowLayout,
  type Scale,
  barOf,
  chartWidth,
  dayMiddle,
  dependencyLinks,
  dependencyPath,
  labelPlacement,
  layoutRows,
  monthTicks,
  timelineScale,
} from './timeline-geometry';

export const TIMELINE = {
  rowHeight: 44,
  groupHeight: 40,
  headerHeight: 60,
  barHeight: 20,
  pxPerDay: 2,
  /** An estimate of the width of one character of the bar labels (12px Roboto). */
  charWidth: 6.6,
} as const;

/** Between a bar and its text: clear of the dependency arrows, which turn 8 px off a bar. */
const LABEL_GAP = 12;

/** Half the width of a milestone's diamond. */
export const MILESTONE_RADIUS = 7;

export interface TimelineBar {
  key: string;
  measure: Measure;
  /** Middle of the row. */
  y: number;
  bar: Bar | null;
  progressWidth: number;
  label: string;
  labelX: number;
  labelAnchor: 'start' | 'end';
  labelInside: boolean;
  milestones: { id: string; x: number; done: boolean; title: string }[];
  description: string;
}

export interface Timeline {
  scale: Scale;
  width: number;
  height: number;
  rows: RowLayout<Measure>[];
  bars: TimelineBar[];
  links: { key: string; d: string }[];
  ticks: (MonthTick & { label: string; yearLabel: string | null })[];
  todayX: number;
}

/** Texts the model needs, in the UI's language. */
export interface TimelineTexts {
  barLabel(measure: Measure): string;
  milestoneTitle(milestone: Measure['milestones'][number]): string;
  description(measure: Measure): string;
  month(month: number, year: number): string;
}

/** Everything the chart draws, computed once per change of measures, grouping or language. */
export function buildTimeline(
  measures: readonly Measure[],
  groups: readonly MeasureGroup[],
  today: string,
  texts: TimelineTexts,
): Timeline {
  const { rowHeight, groupHeight, pxPerDay, charWidth } = TIMELINE;
  const scale = timelineScale(measures, today, pxPerDay);
  const width = chartWidth(scale);
  const { rows, height } = layoutRows(groups, rowHeight, groupHeight);
  const bars = rows.flatMap((row): TimelineBar[] => {
    const measure = row.measure;
    if (!measure) return [];
    const bar = barOf(measure.startDate, measure.endDate, scale);
    const label = texts.barLabel(measure);
    const milestones = measure.milestones.map((milestone) => ({
      id: milestone.id,
      x: dayMiddle(milestone.dueDate, scale),
      done: milestone.done,
      title: texts.milestoneTitle(milestone),
    }));
    // The text keeps clear of the diamonds just before or after the bar.
    const reach = bar && {
      from: Math.min(bar.x, ...milestones.map((milestone) => milestone.x - MILESTONE_RADIUS)),
      to: Math.max(bar.x + bar.width, ...milestones.map((m) => m.x + MILESTONE_RADIUS)),
    };
    const placement = reach
      ? labelPlacement(
          { x: reach.from, width: reach.to - reach.from },
          label.length * charWidth,
          width,
          LABEL_GAP,
        )
      : 'after';
    const labelX =
      !bar || !reach
        ? 8
        : placement === 'before'
          ? reach.from - LABEL_GAP
          : placement === 'after'
            ? reach.to + LABEL_GAP
            : bar.x + 6;
    return [
      {
        key: row.key,
        measure,
        y: row.y + rowHeight / 2,
        bar,
        progressWidth: bar ? (bar.width * measure.progress) / 100 : 0,
        label,
        labelX,
        labelAnchor: placement === 'before' ? 'end' : 'start',
        labelInside: placement === 'inside',
        milestones,
        description: texts.description(measure),
      },
    ];
  });
  const barByKey = new Map(bars.map((item) => [item.key, item]));
  const links = dependencyLinks(rows).flatMap(({ from, to }) => {
    const a = barByKey.get(from.key);
    const b = barByKey.get(to.key);
    if (!a?.bar || !b?.bar) return [];
    const path = dependencyPath({ ...a.bar, y: a.y }, { ...b.bar, y: b.y });
    return [{ key: `${from.key}>${to.key}`, d: path.d }];
  });
  const ticks = monthTicks(scale).map((tick, index) => ({
    ...tick,
    label: texts.month(tick.month, tick.year),
    yearLabel: index === 0 || tick.month === 0 ? String(tick.year) : null,
  }));
  return { scale, width, height, rows, bars, links, ticks, todayX: dayMiddle(today, scale) };
}
