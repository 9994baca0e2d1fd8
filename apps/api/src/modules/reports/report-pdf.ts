import type {
  IndicatorStatus,
  ReportContent,
  ReportGoal,
  ReportIndicator,
} from '@gw/shared/contracts';
import { drawLineChart } from '../../common/pdf/line-chart';
import { renderMarkdown } from '../../common/pdf/markdown';
import {
  COLORS,
  createPdf,
  ensureSpace,
  finish,
  heading,
  MARGIN,
  muted,
  paragraph,
  type Pdf,
  rule,
  tag,
} from '../../common/pdf/pdf-document';
import { formatEuro, formatHours } from '../action-plan/action-plan-sections';
import { periodName } from './report-period';

export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = {
  on_track: 'auf Kurs',
  at_risk: 'gefährdet',
  off_track: 'nicht auf Kurs',
  // A value without a baseline or target to judge it by; the web says the same.
  no_path: 'nicht bewertbar',
  no_data: 'keine Daten',
};

const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const german = (date: string) => date.split('-').reverse().join('.');

/** A disaggregated value; in a public view one resting on too few cases is suppressed (null). */
interface PdfCell {
  cell: { dimension: string; value: string }[];
  value: number | null;
  cases?: number | null;
  suppressed?: boolean;
}

/** A report's content as members read it, or as the public does (no resources, no corrections). */
export interface ReportPdfContent {
  title: string;
  periodStart: string;
  periodEnd: string;
  summary: string;
  goals: (Omit<ReportGoal, 'indicators'> & {
    indicators: (Omit<ReportIndicator, 'cells'> & { cells: PdfCell[] })[];
  })[];
  resources?: ReportContent['resources'];
  corrections?: ReportContent['corrections'];
}

export interface ReportPdfInput {
  initiativeName: string;
  /** Which edition this is, e.g. "Fassung 2 · freigegeben" or "Veröffentlicht am …". */
  edition: string;
  /** Shown in the footer of every page. */
  footer: string;
  contentHash: string | null;
  content: ReportPdfContent;
  /** Set for public views: cells on fewer cases are suppressed. */
  suppressionThreshold?: number;
}

/**
 * The Tätigkeits- und Wirkungsbericht as a German document: summary, then per goal the
 * narrative, each indicator with its chart and values, measures and milestones; resources and
 * the corrections of earlier reports at the end.
 */
export function renderReportPdf(input: ReportPdfInput): Promise<Buffer> {
  const { content } = input;
  const doc = createPdf({
    title: `${content.title} – ${input.initiativeName}`,
    subject: content.title,
  });
  tag(doc, 'H1', () => doc.font('bold').fontSize(22).text(content.title));
  doc.font('regular').fontSize(14);
  paragraph(doc, `„${input.initiativeName}“`);
  doc.moveDown(0.4);
  muted(
    doc,
    `Berichtszeitraum ${german(content.periodStart)} bis ${german(content.periodEnd)} · ${input.edition}`,
    10,
  );
  if (input.contentHash) muted(doc, `Prüfsumme (SHA-256): ${input.contentHash}`, 8);
  rule(doc);
  heading(doc, 'Zusammenfassung', 14);
  if (content.summary) renderMarkdown(doc, content.summary);
  else muted(doc, 'Noch keine Zusammenfassung.', 10);
  atAGlance(doc, content);

  for (const goal of content.goals) {
    doc.addPage();
    heading(doc, goal.title, 15);
    if (goal.narrative) renderMarkdown(doc, goal.narrative);
    for (const indicator of goal.indicators) {
      indicatorBlock(doc, indicator, input.suppressionThreshold);
    }
    measures(doc, goal);
  }
  if (content.resources) {
    doc.addPage();
    resources(doc, content.resources);
  }
  if (content.corrections?.length) corrections(doc, content.corrections);
  return finish(doc, input.footer);
}

/**
 * The report in a few sentences a newspaper can quote: each indicator's latest value against
 * baseline and target, and how many measures started, were completed or are delayed.
 */
function atAGlance(doc: Pdf, content: ReportPdfContent): void {
  heading(doc, 'Auf einen Blick', 14);
  const indicators = new Map(
    content.goals.flatMap((goal) => goal.indicators.map((i) => [i.indicatorId, i] as const)),
  );
  const unit = (i: { unit: string }) => (i.unit ? ` ${i.unit}` : '');
  for (const indicator of indicators.values()) {
    const latest = indicator.values.at(-1);
    const facts = [
      latest
        ? `${number.format(latest.value)}${unit(indicator)} (${periodName(latest.period)})`
        : 'kein Wert im Berichtszeitraum',
      indicator.baseline.value === null
        ? null
        : `Ausgangswert ${number.format(indicator.baseline.value)}${unit(indicator)}`,
      indicator.target
        ? `Ziel ${number.format(indicator.target.value)}${unit(indicator)} bis ${german(indicator.target.date)}`
        : null,
      INDICATOR_STATUS_LABELS[indicator.status],
    ];
    doc.font('regular').fontSize(10);
    paragraph(doc, `${indicator.name}: ${facts.filter(Boolean).join(' · ')}`);
  }
  const count = (group: keyof ReportGoal['measures']) =>
    new Set(content.goals.flatMap((goal) => goal.measures[group].map((m) => m.id))).size;
  const milestones = content.goals.reduce((sum, goal) => sum + goal.milestonesReached.length, 0);
  doc.moveDown(0.3);
  paragraph(
    doc,
    `Maßnahmen im Berichtszeitraum: ${count('started')} begonnen · ${count('completed')} abgeschlossen · ${count('delayed')} verzögert · ${milestones} Meilensteine erreicht`,
  );
}

function cellText(cell: PdfCell): string {
  const where = cell.cell.map((d) => d.value).join(' × ');
  if (cell.suppressed || cell.value === null) return `${where}: unterdrückt`;
  const cases = cell.cases !== null && cell.cases !== undefined ? ` (n = ${cell.cases})` : '';
  return `${where}: ${number.format(cell.value)}${cases}`;
}

function indicatorBlock(
  doc: Pdf,
  indicator: ReportPdfContent['goals'][number]['indicators'][number],
  threshold: number | undefined,
): void {
  const chartHeight = 90;
  ensureSpace(doc, chartHeight + 70);
  doc.moveDown(0.4);
  tag(doc, 'H3', () => doc.font('bold').fontSize(11).fillColor(COLORS.text).text(indicator.name));
  const latest = indicator.values.at(-1);
  muted(
    doc,
    [
      `Einheit: ${indicator.unit || '–'}`,
      `Ausgangswert: ${indicator.baseline.value === null ? '–' : number.format(indicator.baseline.value)}`,
      `Ziel: ${indicator.target ? `${number.format(indicator.target.value)} bis ${german(indicator.target.date)}` : '–'}`,
      `zuletzt: ${latest ? `${number.format(latest.value)} (${periodName(latest.period)})` : '–'}`,
      `Bewertung: ${INDICATOR_STATUS_LABELS[indicator.status]}`,
    ].join(' · '),
    8.5,
  );
  const top = doc.y + 4;
  tag(
    doc,
    'Figure',
    () =>
      drawLineChart(doc, MARGIN, top, {
        points: indicator.values.map((v) => ({ label: periodName(v.period), value: v.value })),
        baseline: indicator.baseline.value,
        target: indicator.target?.value ?? null,
        width: doc.page.width - 2 * MARGIN,
        height: chartHeight,
      }),
    chartAlt(indicator),
  );
  doc.x = MARGIN;
  doc.y = top + chartHeight + 6;
  if (indicator.cells.length > 0) {
    const why = indicator.cells.some((c) => c.suppressed || c.value === null)
      ? ` (unterdrückt: Werte aus weniger als ${threshold ?? 5} Fällen und Werte, aus denen sie sich errechnen ließen)`
      : '';
    muted(doc, `Aufgeschlüsselt: ${indicator.cells.map(cellText).join('; ')}${why}`, 8);
  }
}

/** What the chart shows, for those who do not see it: every value, the baseline and the target. */
function chartAlt(indicator: ReportPdfContent['goals'][number]['indicators'][number]): string {
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const values = indicator.values.map(
    (v) => `${periodName(v.period)}: ${number.format(v.value)}${unit}`,
  );
  return [
    `Verlauf von „${indicator.name}“`,
    values.length ? values.join(', ') : 'noch keine Werte im Berichtszeitraum',
    indicator.baseline.value === null
      ? null
      : `Ausgangswert ${number.format(indicator.baseline.value)}${unit}`,
    indicator.target
      ? `Ziel ${number.format(indicator.target.value)}${unit} bis ${german(indicator.target.date)}`
      : null,
  ]
    .filter(Boolean)
    .join('; ');
}

function measures(doc: Pdf, goal: ReportPdfContent['goals'][number]): void {
  const list = (title: string, items: { title: string }[]) => {
    if (items.length === 0) return;
    ensureSpace(doc, 30);
    doc.moveDown(0.3).font('bold').fontSize(10);
    paragraph(doc, title);
    doc.font('regular').fontSize(9.5);
    paragraph(doc, items.map((item) => item.title).join(', '));
  };
  list('Abgeschlossene Maßnahmen', goal.measures.completed);
  list('Begonnene Maßnahmen', goal.measures.started);
  list('Verzögerte Maßnahmen', goal.measures.delayed);
  list(
    'Erreichte Meilensteine',
    goal.milestonesReached.map((m) => ({
      title: `${m.title} (${m.measureTitle}, ${german(m.dueDate)})`,
    })),
  );
}

function resources(doc: Pdf, rows: ReportContent['resources']): void {
  heading(doc, 'Eingesetzte Ressourcen', 14);
  if (rows.length === 0) {
    muted(doc, 'Keine Zusagen für Maßnahmen im Berichtszeitraum.', 10);
    return;
  }
  for (const row of rows) {
    ensureSpace(doc, 18);
    const y = doc.y;
    doc.font('regular').fontSize(10);
    // One element per row, read as "name, euros, hours".
    tag(doc, 'P', () => {
      doc.text(row.actorName, MARGIN, y, { width: 240 });
      doc.text(formatEuro(row.eur), MARGIN + 250, y, { width: 100, align: 'right' });
      doc.text(formatHours(row.staffHours), MARGIN + 360, y, { width: 90, align: 'right' });
    });
    doc.x = MARGIN;
  }
}

function corrections(doc: Pdf, rows: ReportContent['corrections']): void {
  heading(doc, 'Korrekturen seit früheren Berichten', 13);
  for (const correction of rows) {
    ensureSpace(doc, 16);
    doc.font('regular').fontSize(9.5);
    paragraph(
      doc,
      `${correction.indicatorName}, ${periodName(correction.period)}: ${number.format(correction.before)} → ${number.format(correction.after)} (berichtet in „${correction.reportTitle}“)`,
    );
  }
}
