import { getDefaults, Lexer, type Token, Tokenizer, type Tokens } from 'marked';
import { asCharacterReferences, isDense } from '../rich-text/markdown-bounds';
import { COLORS, ensureSpace, type FontName, type Pdf, tag } from './pdf-document';

interface Style {
  bold: boolean;
  italic: boolean;
}

function fontFor(style: Style): FontName {
  if (style.bold && style.italic) return 'boldItalic';
  if (style.bold) return 'bold';
  return style.italic ? 'italic' : 'regular';
}

interface Run {
  text: string;
  font: FontName;
  link?: string;
}

/** Flattens inline Markdown (bold, italic, code, links, line breaks) into styled runs. */
function inlineRuns(
  tokens: Token[] | undefined,
  style: Style = { bold: false, italic: false },
): Run[] {
  return (tokens ?? []).flatMap((token): Run[] => {
    switch (token.type) {
      case 'strong':
        return inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true });
      case 'em':
        return inlineRuns((token as Tokens.Em).tokens, { ...style, italic: true });
      case 'del':
        return inlineRuns((token as Tokens.Del).tokens, style);
      case 'link': {
        const link = token as Tokens.Link;
        const href = /^https?:\/\//.test(link.href) ? link.href : undefined;
        return inlineRuns(link.tokens, style).map((run) => ({ ...run, link: href }));
      }
      case 'br':
        return [{ text: '\n', font: fontFor(style) }];
      case 'codespan':
        return [{ text: (token as Tokens.Codespan).text, font: fontFor(style) }];
      case 'text': {
        const text = token as Tokens.Text;
        return text.tokens
          ? inlineRuns(text.tokens, style)
          : [{ text: decode(text.text), font: fontFor(style) }];
      }
      case 'escape':
        return [{ text: (token as Tokens.Escape).text, font: fontFor(style) }];
      default:
        return 'raw' in token ? [{ text: decode(String(token.raw)), font: fontFor(style) }] : [];
    }
  });
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * PDFKit breaks a word wider than the line letter by letter, measuring each try: quadratic, 7 s
 * for a word of 20,000 letters. Such words get a zero-width space (a break opportunity Roboto
 * draws as nothing) every 20 letters; ordinary words, URLs included, stay as they are.
 */
const breakLongWords = (text: string) =>
  text.replace(/\S{200,}/g, (word) => word.replace(/\S{20}/g, '$&\u200b'));

function writeRuns(doc: Pdf, runs: Run[], options: PDFKit.Mixins.TextOptions = {}): void {
  if (runs.length === 0) return;
  runs.forEach((run, index) => {
    const last = index === runs.length - 1;
    doc
      .font(run.font)
      .fillColor(run.link ? COLORS.accent : COLORS.text)
      .text(breakLongWords(run.text), {
        ...options,
        continued: !last,
        link: run.link,
        underline: Boolean(run.link),
      });
  });
  doc.font('regular').fillColor(COLORS.text);
}

/**
 * Renders the Markdown of a section into the PDF: paragraphs, headings, bullet and numbered
 * lists (nested), quotes and rules. HTML was removed on the way in and is ignored here.
 */
export function renderMarkdown(doc: Pdf, markdown: string, indent = 0): void {
  renderBlocks(doc, lexMarkdown(markdown), indent);
}

/** marked's GFM tokens of ordinary text, in time linear in the text whatever it holds. */
export function lexMarkdown(markdown: string): Token[] {
  return new BoundedLexer().lex(markdown);
}

/**
 * Characters at which marked (GFM) scans the rest of the paragraph: emphasis and strikethrough
 * delimiters, link starts, and the e-mail characters at which GFM looks ahead for an address.
 */
const INLINE_SYNTAX = '*_~!`[<';
/** Far more than prose uses in a paragraph; `*a_*a_…` of 50,000 characters took 30 s. */
export const INLINE_SYNTAX_LIMIT = 300;

/**
 * GFM's bare URLs (`www.…`) are trimmed of trailing punctuation by a regular expression that
 * backtracks on long runs (3 s for `www.www.…` of 50,000 characters); a "URL" longer than any
 * real one stays text.
 */
class BoundedTokenizer extends Tokenizer {
  override url(src: string): Tokens.Link | undefined {
    return /^\S{2000}/.test(src) ? undefined : super.url(src);
  }
}

/** Inline text denser in syntax than prose is shown as written, without emphasis or links. */
class BoundedLexer extends Lexer {
  constructor() {
    super({ ...getDefaults(), tokenizer: new BoundedTokenizer() });
  }

  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    const dense = isDense(src, INLINE_SYNTAX, INLINE_SYNTAX_LIMIT);
    return super.inlineTokens(dense ? asCharacterReferences(src, INLINE_SYNTAX) : src, tokens);
  }
}

function renderBlocks(doc: Pdf, tokens: Token[], indent: number): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        ensureSpace(doc, 40);
        doc.moveDown(0.4).fontSize(heading.depth <= 2 ? 12.5 : 11.5);
        tag(doc, 'H3', () =>
          writeRuns(doc, inlineRuns(heading.tokens, { bold: true, italic: false }), { indent }),
        );
        doc.fontSize(10.5).moveDown(0.2);
        break;
      }
      case 'paragraph':
        ensureSpace(doc, 28);
        tag(doc, 'P', () =>
          writeRuns(doc, inlineRuns((token as Tokens.Paragraph).tokens), {
            indent,
            align: 'left',
          }),
        );
        doc.moveDown(0.5);
        break;
      case 'list':
        renderList(doc, token as Tokens.List, indent);
        doc.moveDown(0.3);
        break;
      case 'blockquote':
        renderBlocks(doc, (token as Tokens.Blockquote).tokens, indent + 16);
        break;
      case 'code':
        tag(doc, 'P', () =>
          writeRuns(doc, [{ text: (token as Tokens.Code).text, font: 'regular' }], {
            indent: indent + 16,
          }),
        );
        doc.moveDown(0.5);
        break;
      case 'hr':
        doc.moveDown(0.5);
        break;
      case 'space':
      case 'html':
        break;
      default:
        if ('text' in token) {
          tag(doc, 'P', () =>
            writeRuns(doc, [{ text: decode(String(token.text)), font: 'regular' }], { indent }),
          );
          doc.moveDown(0.5);
        }
    }
  }
}

function renderList(doc: Pdf, list: Tokens.List, indent: number): void {
  const start = typeof list.start === 'number' ? list.start : 1;
  list.items.forEach((item, index) => {
    ensureSpace(doc, 20);
    const marker = list.ordered ? `${start + index}.` : '•';
    const text = (child: Token) => child.type === 'text' || child.type === 'paragraph';
    // The item's own text is one element with its marker; nested blocks follow as their own
    // (marked content cannot nest, so they are not drawn inside the item's element).
    tag(doc, 'P', () => {
      const y = doc.y;
      doc
        .font('regular')
        .text(marker, doc.page.margins.left + indent, y, { width: 18, lineBreak: false });
      doc.y = y;
      doc.x = doc.page.margins.left;
      for (const child of item.tokens.filter(text)) {
        writeRuns(doc, inlineRuns((child as Tokens.Text).tokens ?? [child]), {
          indent: indent + 18,
        });
      }
    });
    for (const child of item.tokens.filter((child) => !text(child))) {
      if (child.type === 'list') renderList(doc, child as Tokens.List, indent + 18);
      else renderBlocks(doc, [child], indent + 18);
    }
    doc.moveDown(0.15);
  });
}
