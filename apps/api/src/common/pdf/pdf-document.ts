import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

export type Pdf = PDFKit.PDFDocument;

const FONT_FILES = {
  regular: '400Regular/Roboto_400Regular.ttf',
  bold: '700Bold/Roboto_700Bold.ttf',
  italic: '400Regular_Italic/Roboto_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Roboto_700Bold_Italic.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;

/**
 * Roboto covers the letters of every name a German municipality sees (ß, ä, ş, ğ, ł, …), which
 * PDF's built-in fonts do not. The build copies the files next to the bundle; run from source
 * (tests), they come from the npm package.
 */
function fontDirectory(): string {
  const bundled = join(__dirname, 'assets', 'fonts');
  if (existsSync(bundled)) return bundled;
  return dirname(createRequire(__filename).resolve('@expo-google-fonts/roboto/package.json'));
}

let fonts: Record<FontName, Buffer> | undefined;
function loadFonts(): Record<FontName, Buffer> {
  if (!fonts) {
    const dir = fontDirectory();
    fonts = Object.fromEntries(
      Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(join(dir, file))]),
    ) as Record<FontName, Buffer>;
  }
  return fonts;
}

export const COLORS = { text: '#1b1b1f', muted: '#5f6368', accent: '#0b57d0', rule: '#c4c7c5' };
export const MARGIN = 64;

/** The structure roots of the documents being written: what `tag` adds to, in reading order. */
const ROOTS = new WeakMap<Pdf, PDFKit.PDFStructureElement>();

/**
 * A tagged PDF (BITV 2.0 / PDF/UA): its language, its title shown instead of the file name, and
 * a structure tree whose elements (`tag`) give screen readers the headings, paragraphs and
 * figures in reading order; page footers and rules are marked as artifacts.
 */
export function createPdf(info: { title: string; subject?: string }): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 16, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: info.title,
      Subject: info.subject,
      Producer: 'Gemeinsam Wirken',
      Creator: 'Gemeinsam Wirken',
    },
    lang: 'de-DE',
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  ROOTS.set(doc, root);
  for (const [name, data] of Object.entries(loadFonts())) doc.registerFont(name, data);
  doc.font('regular').fontSize(10.5).fillColor(COLORS.text);
  return doc;
}

export type StructureRole = 'H1' | 'H2' | 'H3' | 'P' | 'Figure' | 'L' | 'LI';

/**
 * Draws content as the next structure element of the document (run at once). Everything a
 * reader should hear goes through here, in the order it is to be read.
 */
export function tag(doc: Pdf, role: StructureRole, draw: () => void, alt?: string): void {
  const root = ROOTS.get(doc);
  if (!root) return draw();
  root.add(doc.struct(role, alt ? { alt } : {}, draw));
}

/** Draws decoration (rules, page numbers) that a screen reader skips. */
export function artifact(doc: Pdf, draw: () => void, type?: 'Pagination' | 'Layout'): void {
  doc.markContent('Artifact', type ? { type } : undefined);
  draw();
  doc.endMarkedContent();
}

/** Writes "text · Seite i von n" at the foot of every page, then ends the document. */
export function finish(doc: Pdf, footer: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    artifact(
      doc,
      () =>
        doc
          .font('regular')
          .fontSize(8)
          .fillColor(COLORS.muted)
          .text(
            `${footer} · Seite ${i + 1} von ${range.count}`,
            MARGIN,
            doc.page.height - MARGIN + 8,
            { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false },
          ),
      'Pagination',
    );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

/** A heading: the larger ones head sections (H2), the smaller their parts (H3). */
export function heading(doc: Pdf, text: string, size = 15): void {
  ensureSpace(doc, size * 4);
  doc.moveDown(0.6);
  tag(doc, size >= 13 ? 'H2' : 'H3', () =>
    doc.font('bold').fontSize(size).fillColor(COLORS.text).text(text),
  );
  doc.moveDown(0.3).font('regular').fontSize(10.5);
}

/** A paragraph of body text in the current font and size. */
export function paragraph(doc: Pdf, text: string, options?: PDFKit.Mixins.TextOptions): void {
  tag(doc, 'P', () => doc.text(text, options));
}

export function muted(doc: Pdf, text: string, size = 9): void {
  doc.font('regular').fontSize(size).fillColor(COLORS.muted);
  paragraph(doc, text);
  doc.fillColor(COLORS.text).fontSize(10.5);
}

export function rule(doc: Pdf): void {
  const y = doc.y + 4;
  artifact(doc, () =>
    doc
      .moveTo(MARGIN, y)
      .lineTo(doc.page.width - MARGIN, y)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke(),
  );
  doc.y = y + 8;
}

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

const berlin = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'medium',
  timeStyle: 'short',
});
const berlinDate = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'long',
});

/** A moment as people in Germany read it: "21.11.2026, 14:05". */
export function formatDateTime(value: Date | string): string {
  return berlin.format(new Date(value));
}

export function formatDate(value: Date | string): string {
  return berlinDate.format(new Date(value));
}
