import type { ActionPlanContent, Approval, VersionStatus } from '@gw/shared/contracts';
import { VERSION_STATUS_LABELS } from '../../common/labels/german-labels';
import { renderMarkdown } from '../../common/pdf/markdown';
import {
  COLORS,
  createPdf,
  ensureSpace,
  finish,
  formatDate,
  formatDateTime,
  heading,
  MARGIN,
  muted,
  type Pdf,
  rule,
} from '../../common/pdf/pdf-document';
import { actionPlanSections, formatEuro, formatHours } from './action-plan-sections';

export interface ActionPlanPdfInput {
  initiativeName: string;
  versionNumber: number;
  status: VersionStatus;
  contentHash: string | null;
  submittedAt: Date | null;
  content: ActionPlanContent;
  approvals: Approval[];
  today: Date;
}

/** A baseline of the action plan as a German document: measures by goal, timeline, resources. */
export function renderActionPlanPdf(input: ActionPlanPdfInput): Promise<Buffer> {
  const doc = createPdf({
    title: `Aktionsplan – ${input.initiativeName}`,
    subject: `Basislinie ${input.versionNumber}`,
  });
  cover(doc, input);
  heading(doc, 'Maßnahmen nach Zielen', 15);
  for (const section of actionPlanSections(input.content)) {
    heading(doc, section.title, 12.5);
    if (section.body) renderMarkdown(doc, section.body);
    else muted(doc, 'Diesem Ziel dient noch keine Maßnahme.', 10);
  }
  doc.addPage({ layout: 'landscape' });
  timeline(doc, input.content, input.today);
  doc.addPage({ layout: 'portrait' });
  resources(doc, input.content);
  if (input.approvals.length > 0) approvals(doc, input.approvals);
  return finish(doc, `Aktionsplan „${input.initiativeName}“ · Basislinie ${input.versionNumber}`);
}

function cover(doc: Pdf, input: ActionPlanPdfInput): void {
  doc.font('bold').fontSize(24).text('Aktionsplan');
  doc.font('regular').fontSize(15).text(`„${input.initiativeName}“`);
  doc.moveDown(0.5);
  muted(
    doc,
    `Basislinie ${input.versionNumber} · ${VERSION_STATUS_LABELS[input.status]}` +
      (input.submittedAt ? ` · eingereicht am ${formatDateTime(input.submittedAt)}` : ''),
    10,
  );
  if (input.contentHash) muted(doc, `Prüfsumme (SHA-256): ${input.contentHash}`, 8);
  muted(doc, `${input.content.measures.length} Maßnahmen, Stand ${formatDate(input.today)}`, 10);
  rule(doc);
}

const DAY = 24 * 60 * 60 * 1000;

/** A Gantt chart: a bar per measure from start to end, milestones, dependencies and a today line. */
function timeline(doc: Pdf, plan: ActionPlanContent, today: Date): void {
  heading(doc, 'Zeitplan', 15);
  const measures = plan.measures.flatMap((m) =>
    m.startDate && m.endDate
      ? [{ ...m, start: Date.parse(m.startDate), end: Date.parse(m.endDate) }]
      : [],
  );
  if (measures.length === 0) {
    muted(doc, 'Keine Maßnahme hat bisher Beginn und Ende.', 10);
    return;
  }
  const start = new Date(Math.min(...measures.map((m) => m.start)));
  const end = new Date(Math.max(...measures.map((m) => m.end)));
  const first = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
  const last = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 1));
  const labelWidth = 190;
  const left = MARGIN + labelWidth;
  const width = doc.page.width - MARGIN - left;
  const x = (date: Date | number) => left + ((+date - +first) / (+last - +first)) * width;
  const rowHeight = 16;
  let top = doc.y + 18;

  const months: Date[] = [];
  for (
    let d = new Date(first);
    d < last;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  ) {
    months.push(d);
  }
  const drawAxis = () => {
    doc.font('regular').fontSize(6.5).fillColor(COLORS.muted);
    for (const month of months) {
      if (months.length > 24 && month.getUTCMonth() % 3 !== 0) continue;
      doc.text(
        `${month.getUTCMonth() + 1}/${String(month.getUTCFullYear()).slice(2)}`,
        x(month) + 1,
        top - 12,
        {
          lineBreak: false,
        },
      );
      doc
        .moveTo(x(month), top - 2)
        .lineTo(x(month), top)
        .lineWidth(0.3)
        .strokeColor(COLORS.rule)
        .stroke();
    }
  };
  drawAxis();
  const rows = new Map<string, number>();
  measures.forEach((measure) => {
    if (top + rowHeight > doc.page.height - doc.page.margins.bottom) {
      doc.addPage({ layout: 'landscape' });
      top = doc.page.margins.top + 18;
      drawAxis();
    }
    const y = top;
    rows.set(measure.id, y);
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor(COLORS.text)
      .text(measure.title, MARGIN, y + 3, {
        width: labelWidth - 8,
        height: rowHeight,
        ellipsis: true,
        lineBreak: false,
      });
    const barStart = x(measure.start);
    const barEnd = Math.max(barStart + 2, x(measure.end + DAY));
    const color =
      measure.status === 'delayed'
        ? '#b3261e'
        : measure.status === 'completed'
          ? '#1e7a34'
          : COLORS.accent;
    doc
      .rect(barStart, y + 3, barEnd - barStart, rowHeight - 7)
      .fillOpacity(0.25)
      .fill(color)
      .fillOpacity(1);
    doc
      .rect(barStart, y + 3, (barEnd - barStart) * (measure.progress / 100), rowHeight - 7)
      .fill(color);
    for (const milestone of measure.milestones) {
      const mx = x(Date.parse(milestone.dueDate));
      const my = y + rowHeight / 2 - 0.5;
      doc
        .polygon([mx, my - 4], [mx + 4, my], [mx, my + 4], [mx - 4, my])
        .fill(milestone.done ? '#1e7a34' : COLORS.text);
    }
    top += rowHeight;
  });
  for (const measure of measures) {
    for (const dependencyId of measure.dependencyIds) {
      const from = measures.find((m) => m.id === dependencyId);
      const fromY = rows.get(dependencyId);
      const toY = rows.get(measure.id);
      if (!from || fromY === undefined || toY === undefined) continue;
      const fx = x(from.end + DAY);
      const tx = x(measure.start);
      doc
        .moveTo(fx, fromY + rowHeight / 2)
        .lineTo(fx + 4, fromY + rowHeight / 2)
        .lineTo(fx + 4, toY + rowHeight / 2)
        .lineTo(tx, toY + rowHeight / 2)
        .lineWidth(0.6)
        .strokeColor(COLORS.muted)
        .stroke();
    }
  }
  if (today >= first && today <= last) {
    doc
      .moveTo(x(today), doc.page.margins.top + 6)
      .lineTo(x(today), top)
      .lineWidth(1)
      .dash(3, { space: 2 })
      .strokeColor('#b3261e')
      .stroke()
      .undash();
    doc
      .font('bold')
      .fontSize(7)
      .fillColor('#b3261e')
      .text('heute', x(today) + 2, top + 2, { lineBreak: false });
  }
  doc.fillColor(COLORS.text);
  doc.x = MARGIN;
  doc.y = top + 20;
  muted(
    doc,
    'Balken: Laufzeit, gefüllt nach Fortschritt; Rauten: Meilensteine (grün erreicht); Linien: Abhängigkeiten.',
    8,
  );
}

/** Per actor, what it pledges across all measures. */
function resources(doc: Pdf, plan: ActionPlanContent): void {
  heading(doc, 'Ressourcen je Akteur', 15);
  const totals = new Map<string, { eur: number; hours: number; inKind: string[] }>();
  for (const measure of plan.measures) {
    for (const pledge of measure.resources) {
      const total = totals.get(pledge.actorId) ?? { eur: 0, hours: 0, inKind: [] };
      total.eur += pledge.eur ?? 0;
      total.hours += pledge.staffHours ?? 0;
      if (pledge.inKind) total.inKind.push(`${pledge.inKind} (${measure.title})`);
      totals.set(pledge.actorId, total);
    }
  }
  if (totals.size === 0) {
    muted(doc, 'Noch keine Zusagen.', 10);
    return;
  }
  const name = (id: string) => plan.actors.find((a) => a.id === id)?.name ?? '–';
  const rows = [...totals.entries()].sort(([a], [b]) => name(a).localeCompare(name(b), 'de'));
  let sumEur = 0;
  let sumHours = 0;
  for (const [actorId, total] of rows) {
    ensureSpace(doc, 40);
    sumEur += total.eur;
    sumHours += total.hours;
    const y = doc.y;
    doc.font('bold').fontSize(10).text(name(actorId), MARGIN, y, { width: 220 });
    const afterName = doc.y;
    doc
      .font('regular')
      .text(formatEuro(total.eur), MARGIN + 230, y, { width: 100, align: 'right' });
    doc.text(formatHours(total.hours), MARGIN + 340, y, { width: 90, align: 'right' });
    doc.x = MARGIN;
    doc.y = Math.max(afterName, doc.y);
    if (total.inKind.length > 0) muted(doc, `Sachleistungen: ${total.inKind.join('; ')}`, 8.5);
    rule(doc);
  }
  const y = doc.y;
  doc.font('bold').fontSize(10).text('Summe', MARGIN, y, { width: 220 });
  doc.text(formatEuro(sumEur), MARGIN + 230, y, { width: 100, align: 'right' });
  doc.text(formatHours(sumHours), MARGIN + 340, y, { width: 90, align: 'right' });
  doc.x = MARGIN;
  doc.font('regular');
}

function approvals(doc: Pdf, list: Approval[]): void {
  heading(doc, 'Entscheidungen der Steuerungsgruppe', 13);
  for (const approval of list) {
    ensureSpace(doc, 30);
    doc
      .font('bold')
      .fontSize(10)
      .text(
        `${approval.approver?.displayName ?? 'unbekannt'}: ${approval.decision === 'approve' ? 'zugestimmt' : 'abgelehnt'} am ${formatDateTime(approval.decidedAt)}`,
      );
    if (approval.comment) doc.font('regular').text(approval.comment);
    doc.moveDown(0.3);
  }
  doc.fontSize(10.5);
}
