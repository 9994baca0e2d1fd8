import type { Measure } from '@gw/shared/contracts';
import type { MeasureGroup } from '../measure-groups';

/**
 * The timeline's geometry as pure functions: days are whole calendar days counted in UTC, so
 * that no time zone or daylight-saving change moves a bar.
 */
const DAY_MS = 86_400_000;

export interface Scale {
  /** First day shown (the first of a month). */
  start: number;
  /** First day after the end (the first of a month). */
  end: number;
  pxPerDay: number;
}

export interface Bar {
  x: number;
  width: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A calendar date (YYYY-MM-DD) as a day number. */
export function dayOf(isoDate: string): number {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function firstOfMonth(day: number, monthsLater = 0): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + monthsLater, 1) / DAY_MS;
}

/**
 * From the first of the month of the earliest date (start, end, milestone or today) to the end
 * of the month of the latest one.
 */
export function timelineScale(
  measures: readonly Measure[],
  today: string,
  pxPerDay: number,
): Scale {
  const days = [today, ...measures.flatMap(datesOf)].map(dayOf);
  return {
    start: firstOfMonth(Math.min(...days)),
    end: firstOfMonth(Math.max(...days), 1),
    pxPerDay,
  };
}

function datesOf(measure: Measure): string[] {
  return [
    measure.startDate,
    measure.endDate,
    ...measure.milestones.map((milestone) => milestone.dueDate),
  ].filter((date): date is string => !!date);
}

/** Where a day begins on the x axis. */
export function xOf(day: number, scale: Scale): number {
  return (day - scale.start) * scale.pxPerDay;
}

/**
 * The same months stretched or squeezed to `width` pixels, but never below `minPxPerDay`: a wide
 * screen shows the whole plan at once, a phone scrolls sideways.
 */
export function fitScale(scale: Scale, width: number, minPxPerDay: number): Scale {
  return { ...scale, pxPerDay: Math.max(width / (scale.end - scale.start), minPxPerDay) };
}

export function chartWidth(scale: Scale): number {
  return (scale.end - scale.start) * scale.pxPerDay;
}

/**
 * A bar from the start of the first day to the end of the last; with only one of the dates, a
 * bar of one day. At least `minWidth` wide, so that a short measure stays visible and clickable.
 */
export function barOf(
  startDate: string | null,
  endDate: string | null,
  scale: Scale,
  minWidth = 6,
): Bar | null {
  const first = startDate ?? endDate;
  const last = endDate ?? startDate;
  if (!first || !last) return null;
  const x = xOf(dayOf(first), scale);
  return { x, width: Math.max(xOf(dayOf(last) + 1, scale) - x, minWidth) };
}

/** The middle of a day: where a milestone's diamond and the today line sit. */
export function dayMiddle(isoDate: string, scale: Scale): number {
  return xOf(dayOf(isoDate), scale) + scale.pxPerDay / 2;
}

export interface MonthTick {
  x: number;
  /** 0–11 */
  month: number;
  year: number;
  width: number;
}

/** One tick per month of the scale, with the width of that month. */
export function monthTicks(scale: Scale): MonthTick[] {
  const ticks: MonthTick[] = [];
  for (let day = scale.start; day < scale.end; day = firstOfMonth(day, 1)) {
    const date = new Date(day * DAY_MS);
    const x = xOf(day, scale);
    ticks.push({
      x,
      month: date.getUTCMonth(),
      year: date.getUTCFullYear(),
      width: xOf(firstOfMonth(day, 1), scale) - x,
    });
  }
  return ticks;
}

export interface RowLayout<T> {
  kind: 'group' | 'measure';
  key: string;
  /** The group's key (for a measure row: the group it is in). */
  groupKey: string;
  y: number;
  height: number;
  group: MeasureGroup;
  measure: T | null;
}

/** Rows from top to bottom: each group's heading, then its measures. */
export function layoutRows(
  groups: readonly MeasureGroup[],
  rowHeight: number,
  groupHeight: number,
): { rows: RowLayout<Measure>[]; height: number } {
  const rows: RowLayout<Measure>[] = [];
  let y = 0;
  for (const group of groups) {
    const groupKey = group.id ?? 'none';
    rows.push({
      kind: 'group',
      key: groupKey,
      groupKey,
      y,
      height: groupHeight,
      group,
      measure: null,
    });
    y += groupHeight;
    for (const measure of group.measures) {
      rows.push({
        kind: 'measure',
        key: `${groupKey}:${measure.id}`,
        groupKey,
        y,
        height: rowHeight,
        group,
        measure,
      });
      y += rowHeight;
    }
  }
  return { rows, height: y };
}

/**
 * Which rows an arrow joins: from each measure a row depends on to that row. A measure shown in
 * several groups (serving several goals) is joined within the same group when it is there, else
 * from where it first appears.
 */
export function dependencyLinks(
  rows: readonly RowLayout<Measure>[],
): { from: RowLayout<Measure>; to: RowLayout<Measure> }[] {
  const measureRows = rows.filter((row) => row.measure);
  return measureRows.flatMap((to) =>
    (to.measure?.dependencyIds ?? []).flatMap((id) => {
      const candidates = measureRows.filter((row) => row.measure?.id === id);
      const from = candidates.find((row) => row.groupKey === to.groupKey) ?? candidates[0] ?? null;
      return from ? [{ from, to }] : [];
    }),
  );
}
