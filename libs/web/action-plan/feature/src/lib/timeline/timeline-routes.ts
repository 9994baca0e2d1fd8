import type { Bar, Point } from './timeline-geometry';

/** A bar in its row: `y` is the middle of the row, the extent includes its milestones. */
export type RowBar = Bar & { y: number };

export interface RouteOptions {
  /** Bars (with their milestones) of every row, which an arrow must not cross. */
  obstacles?: readonly RowBar[];
  rowHeight?: number;
  /** How far an arrow leaves a bar's end and stops before the next bar's start. */
  gap?: number;
}

/** Room kept between an arrow's vertical run and a bar it passes. */
const CLEARANCE = 3;

/**
 * An arrow from the end of the bar depended on to the start of the dependent bar, with right
 * angles. Its vertical run goes where no bar of the rows in between is; when the dependent starts
 * too early for that, the arrow turns along the gaps between rows (where no bar ever is) to a
 * free column and back, so it never runs through another bar.
 */
export function dependencyPath(
  from: RowBar,
  to: RowBar,
  { obstacles = [], rowHeight = 44, gap = 8 }: RouteOptions = {},
): { start: Point; end: Point; d: string } {
  const start = { x: from.x + from.width, y: from.y };
  const end = { x: to.x, y: to.y };
  const out = start.x + gap;
  const back = end.x - gap;
  const [top, bottom] = [Math.min(start.y, end.y), Math.max(start.y, end.y)];
  const between = obstacles.filter((bar) => bar.y > top && bar.y < bottom);
  const free = (x: number) =>
    between.every((bar) => x < bar.x - CLEARANCE || x > bar.x + bar.width + CLEARANCE);
  const columns = [
    out,
    back,
    ...between.flatMap((bar) => [bar.x + bar.width + gap, bar.x - gap]),
  ].filter((x) => x >= 0 && free(x));

  const straight = columns.filter((x) => x >= out && x <= back).sort((a, b) => a - b)[0];
  if (straight !== undefined) {
    return {
      start,
      end,
      d: orthogonal([start, { x: straight, y: start.y }, { x: straight, y: end.y }, end]),
    };
  }
  const down = end.y > start.y ? 1 : -1;
  const leave = start.y + (down * rowHeight) / 2;
  const enter = end.y - (down * rowHeight) / 2;
  // The free column that keeps the way along the gaps shortest.
  const column = columns.reduce<number>(
    (best, x) =>
      Math.abs(x - out) + Math.abs(x - back) < Math.abs(best - out) + Math.abs(best - back)
        ? x
        : best,
    columns[0] ?? out,
  );
  const corners = [
    [out, start.y],
    [out, leave],
    [column, leave],
    [column, enter],
    [back, enter],
    [back, end.y],
  ].map(([x = 0, y = 0]) => ({ x, y }));
  return { start, end, d: orthogonal([start, ...corners, end]) };
}

/** An SVG path through points that differ in x or in y only, without runs of length zero. */
function orthogonal([first, ...rest]: Point[]): string {
  let d = `M ${first?.x} ${first?.y}`;
  let last = first;
  for (const point of rest) {
    if (point.x !== last?.x) d += ` H ${point.x}`;
    else if (point.y !== last.y) d += ` V ${point.y}`;
    last = point;
  }
  return d;
}
