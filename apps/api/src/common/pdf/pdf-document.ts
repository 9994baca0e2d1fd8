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
  });
  for (const [name, data] of Object.entries(loadFonts())) doc.registerFont(name, data);
  doc.font('regular').fontSize(10.5).fillColor(COLORS.text);
  return doc;
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
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(COLORS.muted)
      .text(`${footer} · Seite ${i + 1} von ${range.count}`, MARGIN, doc.page.height - MARGIN + 8, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

export function heading(doc: Pdf, text: string, size = 15): void {
  ensureSpace(doc, size * 4);
  doc.moveDown(0.6).font('bold').fontSize(size).fillColor(COLORS.text).text(text);
  doc.moveDown(0.3).font('regular').fontSize(10.5);
}

export function muted(doc: Pdf, text: string, size = 9): void {
  doc
    .font('regular')
    .fontSize(size)
    .fillColor(COLORS.muted)
    .text(text)
    .fillColor(COLORS.text)
    .fontSize(10.5);
}

export function rule(doc: Pdf): void {
  const y = doc.y + 4;
  doc
    .moveTo(MARGIN, y)
    .lineTo(doc.page.width - MARGIN, y)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
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
