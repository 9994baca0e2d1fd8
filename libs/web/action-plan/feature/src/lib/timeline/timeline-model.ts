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
  fitScale,
  layoutRows,
  monthTicks,
  timelineScale,
} from './timeline-geometry';
import { type RowBar, dependencyPath } from './timeline-routes';

export const TIMELINE = {
  /** Two lines of title and one of state in the column of titles. */
  rowHeight: 56,
  groupHeight: 40,
  headerHeight: 60,
  barHeight: 20,
  /** About 24 px a month: narrower, the chart scrolls sideways (on phones). */
  minPxPerDay: 0.8,
  /** Below this width of the shortest month, only every third month is named (so evenly). */
  monthLabelWidth: 26,
  todayPillWidth: 48,
  /** After the last month: room for an arrow leaving a bar that ends there. */
  endRoom: 16,
} as const;

/** Half the width of a milestone's diamond. */
export const MILESTONE_RADIUS = 7;

export interface TimelineBar {
  key: string;
  measure: Measure;
  /** Middle of the row. */
  y: number;
  bar: Bar | null;
  progressWidth: number;
  /** State and progress, written in the column of titles beside the row, never on the chart. */
  label: string;
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
  ticks: (MonthTick & { label: string | null; yearLabel: string | null })[];
  todayX: number;
  /** Where the "today" pill starts: centred on the line, but inside the chart. */
  todayPillX: number;
}

/** Texts the model needs, in the UI's language. */
export interface TimelineTexts {
  barLabel(measure: Measure): string;
  milestoneTitle(milestone: Measure['milestones'][number]): string;
  description(measure: Measure): string;
  month(month: number, year: number): string;
}

/**
 * Everything the chart draws, computed once per change of measures, grouping, language or of
 * the `space` (px) the chart has beside the titles: the months fill it.
 */
export function buildTimeline(
  measures: readonly Measure[],
  groups: readonly MeasureGroup[],
  today: string,
  texts: TimelineTexts,
  space: number,
): Timeline {
  const { rowHeight, groupHeight, minPxPerDay, monthLabelWidth, todayPillWidth, endRoom } =
    TIMELINE;
  const span = timelineScale(measures, today, minPxPerDay);
  const scale = fitScale(span, space - endRoom, minPxPerDay);
  const width = chartWidth(scale) + endRoom;
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
    return [
      {
        key: row.key,
        measure,
        y: row.y + rowHeight / 2,
        bar,
        progressWidth: bar ? (bar.width * measure.progress) / 100 : 0,
        label,
        milestones,
        description: texts.description(measure),
      },
    ];
  });
  const barByKey = new Map(bars.map((item) => [item.key, item]));
  const obstacles = bars.flatMap(reach);
  const links = dependencyLinks(rows).flatMap(({ from, to }) => {
    const a = barByKey.get(from.key);
    const b = barByKey.get(to.key);
    if (!a?.bar || !b?.bar) return [];
    const path = dependencyPath(
      { ...a.bar, y: a.y },
      { ...b.bar, y: b.y },
      {
        obstacles,
        rowHeight,
      },
    );
    return [{ key: `${from.key}>${to.key}`, d: path.d }];
  });
  const everyMonth = scale.pxPerDay * 28 >= monthLabelWidth;
  const ticks = monthTicks(scale).map((tick, index) => ({
    ...tick,
    label: everyMonth || tick.month % 3 === 0 ? texts.month(tick.month, tick.year) : null,
    yearLabel: index === 0 || tick.month === 0 ? String(tick.year) : null,
  }));
  const todayX = dayMiddle(today, scale);
  const todayPillX = Math.min(Math.max(todayX - todayPillWidth / 2, 0), width - todayPillWidth);
  return { scale, width, height, rows, bars, links, ticks, todayX, todayPillX };
}

/** The stretch of a row that a bar and its milestones' diamonds cover. */
function reach(item: TimelineBar): RowBar[] {
  if (!item.bar) return [];
  const xs = item.milestones.map((milestone) => milestone.x);
  const from = Math.min(item.bar.x, ...xs.map((x) => x - MILESTONE_RADIUS));
  const to = Math.max(item.bar.x + item.bar.width, ...xs.map((x) => x + MILESTONE_RADIUS));
  return [{ x: from, width: to - from, y: item.y }];
}
