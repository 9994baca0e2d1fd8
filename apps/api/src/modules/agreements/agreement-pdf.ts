import type {
  AgreementContent,
  AuditAction,
  AuditEvent,
  RequiredSignatory,
  Signature,
  VersionStatus,
  Withdrawal,
} from '@gw/shared/contracts';
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
  paragraph,
  type Pdf,
  rule,
  tag,
} from '../../common/pdf/pdf-document';

export interface AgreementPdfInput {
  initiativeName: string;
  municipality: string;
  title: string;
  versionNumber: number;
  status: VersionStatus;
  contentHash: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  content: AgreementContent;
  required: RequiredSignatory[];
  accessions: Signature[];
  withdrawals: Withdrawal[];
  audit: AuditEvent[];
  /** Where anyone can check the hash, e.g. https://…/verify */
  verifyUrl: string;
}

const AUDIT_LABELS: Record<AuditAction, string> = {
  version_created: 'Fassung angelegt',
  version_submitted: 'Fassung eingereicht',
  comment_resolved: 'Kommentar erledigt',
  signed: 'unterzeichnet',
  declined: 'Unterzeichnung abgelehnt',
  acceded: 'beigetreten',
  withdrew: 'ausgetreten',
  in_force: 'in Kraft getreten',
  superseded: 'abgelöst',
  approved: 'freigegeben',
  rejected: 'zurückgewiesen',
  published: 'veröffentlicht',
  approval_given: 'Zustimmung erteilt',
  approval_refused: 'Zustimmung verweigert',
};

/**
 * The Kooperationsvereinbarung as a document in German: a title page, the sections, a signature
 * page (each partner with signer, time and the version's hash) and the audit trail.
 */
export function renderAgreementPdf(input: AgreementPdfInput): Promise<Buffer> {
  const doc = createPdf({
    title: `${input.title} – ${input.initiativeName}`,
    subject: `Fassung ${input.versionNumber}`,
  });
  titlePage(doc, input);
  input.content.sections.forEach((section, index) => {
    heading(doc, `§ ${index + 1} ${section.title}`, 13);
    renderMarkdown(doc, section.body);
  });
  doc.addPage();
  signaturePage(doc, input);
  doc.addPage();
  auditTrail(doc, input.audit);
  return finish(doc, `${input.title} „${input.initiativeName}“ · Fassung ${input.versionNumber}`);
}

function titlePage(doc: Pdf, input: AgreementPdfInput): void {
  doc.moveDown(6);
  doc.font('regular').fontSize(12).fillColor(COLORS.muted);
  paragraph(doc, input.municipality.toUpperCase(), { characterSpacing: 1 });
  doc.moveDown(0.5);
  tag(doc, 'H1', () => doc.font('bold').fontSize(28).fillColor(COLORS.text).text(input.title));
  doc.moveDown(0.3).font('regular').fontSize(18);
  paragraph(doc, `„${input.initiativeName}“`);
  doc.moveDown(2);
  rule(doc);
  const facts: [string, string][] = [
    ['Fassung', String(input.versionNumber)],
    ['Stand', VERSION_STATUS_LABELS[input.status]],
    ['Erstellt', formatDate(input.createdAt)],
    [
      'Eingereicht',
      input.submittedAt ? formatDateTime(input.submittedAt) : 'noch nicht eingereicht',
    ],
  ];
  for (const [label, value] of facts) {
    const y = doc.y;
    tag(doc, 'P', () => {
      doc.font('bold').fontSize(10.5).text(label, MARGIN, y, { width: 110 });
      doc.font('regular').text(value, MARGIN + 120, y);
    });
    doc.moveDown(0.2);
  }
  doc.x = MARGIN;
  rule(doc);
  if (input.contentHash) {
    doc.moveDown(0.5).font('bold').fontSize(10);
    paragraph(doc, 'Prüfsumme dieser Fassung (SHA-256)');
    doc.font('regular').fontSize(9);
    paragraph(doc, input.contentHash, { characterSpacing: 0.3 });
    doc.moveDown(0.4);
    muted(
      doc,
      `Ob dieses Dokument unverändert ist und wer es unterzeichnet hat, lässt sich unter ${input.verifyUrl}/${input.contentHash} prüfen.`,
    );
  } else {
    doc.moveDown(0.5).font('bold').fontSize(14).fillColor(COLORS.accent);
    paragraph(doc, 'ENTWURF');
    muted(
      doc,
      'Dieser Entwurf ist noch nicht eingereicht und kann sich noch ändern. Er ist nicht zur Unterzeichnung bestimmt.',
    );
  }
  doc.addPage();
}

function signaturePage(doc: Pdf, input: AgreementPdfInput): void {
  heading(doc, 'Unterzeichnung', 15);
  if (input.contentHash) {
    muted(
      doc,
      `Alle Unterschriften gelten genau dieser Fassung ${input.versionNumber} mit der Prüfsumme ${input.contentHash}.`,
    );
  }
  doc.moveDown(0.5);
  if (input.required.length === 0)
    muted(doc, 'Für diese Fassung wurde noch keine Unterzeichnung eröffnet.', 10);
  for (const signatory of input.required)
    signatureBlock(doc, signatory.actorName, signatory.signature, signatory.status);
  if (input.accessions.length > 0) {
    heading(doc, 'Beitritte', 12);
    for (const signature of input.accessions)
      signatureBlock(doc, signature.actorName, signature, 'signed');
  }
  if (input.withdrawals.length > 0) {
    heading(doc, 'Austritte', 12);
    for (const withdrawal of input.withdrawals) {
      ensureSpace(doc, 40);
      doc.font('bold').fontSize(10.5);
      paragraph(doc, withdrawal.actorName);
      doc.font('regular');
      paragraph(doc, `zum ${formatDate(withdrawal.effectiveDate)}: ${withdrawal.reason}`);
      doc.moveDown(0.5);
    }
  }
}

function signatureBlock(
  doc: Pdf,
  actorName: string,
  signature: Signature | null,
  status: string,
): void {
  ensureSpace(doc, 60);
  doc.font('bold').fontSize(10.5).fillColor(COLORS.text);
  paragraph(doc, actorName);
  doc.font('regular');
  if (!signature) {
    doc.fillColor(COLORS.muted);
    paragraph(doc, 'Unterschrift steht noch aus.');
    doc.fillColor(COLORS.text);
  } else if (status === 'declined' || signature.decision === 'decline') {
    paragraph(
      doc,
      `Abgelehnt von ${signature.signer?.displayName ?? 'unbekannt'} am ${formatDateTime(signature.signedAt)}` +
        (signature.reason ? `: ${signature.reason}` : ''),
    );
  } else {
    paragraph(
      doc,
      `${signature.kind === 'accession' ? 'Beigetreten' : 'Unterzeichnet'} von ${signature.signer?.displayName ?? 'unbekannt'} am ${formatDateTime(signature.signedAt)}`,
    );
    muted(doc, `auf die Fassung mit der Prüfsumme ${signature.contentHash}`, 8);
  }
  doc.moveDown(0.3);
  rule(doc);
}

function auditTrail(doc: Pdf, events: AuditEvent[]): void {
  heading(doc, 'Verlauf (Audit-Trail)', 15);
  muted(
    doc,
    'Jeder Schritt an dieser Vereinbarung, in zeitlicher Reihenfolge. Der Verlauf kann nicht nachträglich geändert werden.',
  );
  doc.moveDown(0.5);
  for (const event of events) {
    ensureSpace(doc, 34);
    const detail = [
      event.detail['actorName'],
      event.detail['reason'],
      event.detail['effectiveDate'],
    ]
      .filter(Boolean)
      .join(' – ');
    doc.font('bold').fontSize(9.5);
    paragraph(
      doc,
      `${formatDateTime(event.at)}  ${AUDIT_LABELS[event.action]}${event.versionNumber ? ` (Fassung ${event.versionNumber})` : ''}`,
    );
    doc.font('regular').fontSize(9);
    paragraph(doc, [event.actor?.displayName ?? 'System', detail].filter(Boolean).join(': '));
    if (event.contentHash) muted(doc, event.contentHash, 7.5);
    doc.moveDown(0.4);
  }
  doc.fontSize(10.5);
}
