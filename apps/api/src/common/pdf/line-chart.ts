import { COLORS, type Pdf } from './pdf-document';

export interface LineChartInput {
  /** The values in order, each with its label on the x axis (e.g. „3. Quartal 2026“). */
  points: { label: string; value: number }[];
  baseline: number | null;
  target: number | null;
  width: number;
  height: number;
}

const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/**
 * A small line chart drawn with PDF primitives (fast, no browser): the values as a line with
 * dots, the baseline as a grey dashed line, the target as a green dashed line (each named), and
 * min/max labels.
 */
export function drawLineChart(doc: Pdf, x: number, y: number, input: LineChartInput): void {
  const { points, width, height } = input;
  const pad = { left: 34, right: 8, top: 8, bottom: 16 };
  const levels = [
    ...points.map((p) => p.value),
    ...(input.baseline !== null ? [input.baseline] : []),
    ...(input.target !== null ? [input.target] : []),
  ];
  doc.save();
  doc.rect(x, y, width, height).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
  if (levels.length === 0) {
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(COLORS.muted)
      .text('Noch keine Werte', x, y + height / 2 - 4, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.restore();
    return;
  }
  let min = Math.min(...levels);
  let max = Math.max(...levels);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const px = (index: number) =>
    x + pad.left + (points.length <= 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const py = (value: number) => y + pad.top + (1 - (value - min) / (max - min)) * plotHeight;

  doc.font('regular').fontSize(6.5).fillColor(COLORS.muted);
  doc.text(number.format(max), x + 2, py(max) - 3, {
    width: pad.left - 4,
    align: 'right',
    lineBreak: false,
  });
  doc.text(number.format(min), x + 2, py(min) - 3, {
    width: pad.left - 4,
    align: 'right',
    lineBreak: false,
  });

  // Each dashed level is named at its right end, so that the chart reads without a legend.
  const level = (value: number | null, color: string, name: string) => {
    if (value === null) return;
    doc
      .moveTo(x + pad.left, py(value))
      .lineTo(x + width - pad.right, py(value))
      .dash(2.5, { space: 2 })
      .lineWidth(0.8)
      .strokeColor(color)
      .stroke()
      .undash();
    const above = py(value) - pad.top >= 8;
    doc
      .fontSize(6.5)
      .fillColor(color)
      .text(
        `${name} ${number.format(value)}`,
        x + width - pad.right - 120,
        py(value) + (above ? -8 : 2),
        {
          width: 120,
          align: 'right',
          lineBreak: false,
        },
      );
  };
  level(input.baseline, '#5f6368', 'Ausgangswert');
  level(input.target, '#1e7a34', 'Ziel');

  if (points.length > 0) {
    points.forEach((point, index) => {
      if (index === 0) doc.moveTo(px(index), py(point.value));
      else doc.lineTo(px(index), py(point.value));
    });
    doc.lineWidth(1.2).strokeColor(COLORS.accent).stroke();
    points.forEach((point, index) =>
      doc.circle(px(index), py(point.value), 1.6).fill(COLORS.accent),
    );
    const first = points[0];
    const last = points.at(-1);
    doc.fontSize(6.5).fillColor(COLORS.muted);
    if (first)
      // Room for a period in words („2. Quartal 2026“) under the first and last point.
      doc.text(first.label, px(0) - 10, y + height - pad.bottom + 4, {
        width: 70,
        align: 'left',
        lineBreak: false,
      });
    if (last && points.length > 1) {
      doc.text(last.label, px(points.length - 1) - 62, y + height - pad.bottom + 4, {
        width: 70,
        align: 'right',
        lineBreak: false,
      });
    }
  }
  doc.restore();
  doc.fillColor(COLORS.text);
}
