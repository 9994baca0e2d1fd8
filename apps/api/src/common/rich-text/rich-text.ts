import { Lexer, Marked, type Token } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../problem/problem.exception';
import { escapeWhereDense, hasUnescaped } from './markdown-bounds';

/**
 * What the API stores of a text field is harmless by itself: it holds no HTML, and no Markdown
 * link or image whose URL is not http(s), mailto or relative. Web, PDF and whatever reads the
 * database later can then render it without trusting the writer. The decisions are the
 * maintained sanitiser's (sanitize-html on htmlparser2), not regular expressions: it parses HTML
 * as a browser would and decodes entities before judging a URL.
 */

/** Link and image URLs that may stay; relative ones (`#partner`, `/initiativen`) may too. */
const ALLOWED_SCHEMES = ['http', 'https', 'mailto'];

// Control characters never belong in a text field. Removing them first also frees three of them
// to stand in for `&` and an autolink's `<` `>` while the HTML parser reads the text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const AMPERSAND = '\u0001';
const AUTOLINK_OPEN = '\u0002';
const AUTOLINK_CLOSE = '\u0003';
/** CommonMark autolinks (`<https://…>`, `<name@example.org>`), which are Markdown, not HTML. */
const AUTOLINK =
  /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/g;

/**
 * Only links matter here. GFM adds no link this parser misses: its bare `www.`, `https://` and
 * e-mail autolinks only ever yield http(s) and mailto URLs, which are allowed anyway, and a table
 * cell holds the links its row holds when read as a paragraph (the spec covers `|` in link text).
 * Its e-mail autolink costs a scan of every run of e-mail characters at each `*` or `_` (2 s for
 * `*a_*a_…` of 50,000 characters), so it is left off.
 */
const markdown = new Marked({ gfm: false });
// Emphasis cannot move a link (CommonMark: links bind first), and marked's emphasis takes
// quadratic time on text like `*a_*a_…` (20 s for 50,000 characters).
markdown.use({ tokenizer: { emStrong: () => undefined, del: () => undefined } });

/**
 * Above this many `[` and `<` in a paragraph, escaped ones included, the unescaped ones are
 * escaped: such text then holds no link at all, and marked's scan at each bracket stays cheap.
 */
export const LINK_SYNTAX_LIMIT = 500;
const LINK_STARTS = '[<';

/**
 * Every link, image, reference and autolink starts with an unescaped `[` or `<` (HTML is gone
 * by now); inline text without one cannot hold a link, so it is not parsed.
 */
class LinkLexer extends Lexer {
  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    if (hasUnescaped(src, LINK_STARTS)) return super.inlineTokens(src, tokens);
    tokens.push({ type: 'text', raw: src, text: src });
    return tokens;
  }
}

/** The text's Markdown tokens; text nested too deeply for marked (`>>>>…`) is refused. */
function lex(text: string): Token[] {
  try {
    const bounded = escapeWhereDense(text, LINK_STARTS, LINK_SYNTAX_LIMIT);
    return new LinkLexer(markdown.defaults).lex(bounded);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ProblemException(400, 'The text is nested too deeply to be read as Markdown.', {
      type: PROBLEM_TYPES.validation,
    });
  }
}

function normalize(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '');
}

/**
 * Removes every tag, comment and declaration, with the content of script, style and the like.
 * Whatever the parser treats as text comes back character for character: entities stay as
 * written (`&amp;` is not decoded into `&`), and `<` and `>` that start no tag stay too
 * ("Kinder < 6 Jahre", `> Zitat`).
 */
function stripHtml(text: string): string {
  const guarded = text
    .replace(AUTOLINK, `${AUTOLINK_OPEN}$1${AUTOLINK_CLOSE}`)
    .replaceAll('&', AMPERSAND);
  const stripped = sanitizeHtml(guarded, {
    allowedTags: [],
    allowedAttributes: {},
    parser: { decodeEntities: false },
  });
  return stripped
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll(AMPERSAND, '&')
    .replaceAll(AUTOLINK_OPEN, '<')
    .replaceAll(AUTOLINK_CLOSE, '>');
}

/** Ordinary text is stable after one round; each further round undoes one level of nesting. */
const MAX_ROUNDS = 5;

/**
 * Removing a tag can join its neighbours into a new one (`<<script>script>`), so the text is
 * cleaned until a round changes nothing. Text built to nest deeper than a few rounds would cost
 * a round per level; it is defused instead: no `<` is left before a tag's first character and no
 * link syntax is left, so that the next round changes nothing.
 */
function untilStable(text: string, clean: (text: string) => string): string {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = clean(current);
    if (next === current) return next;
    current = next;
  }
  return clean(escapeLinkSyntax(current.replace(/<+(?=[A-Za-z/!?])/g, '')));
}

/** Whether a browser would follow this URL into an allowed scheme, entities decoded and all. */
function isAllowedUrl(url: string): boolean {
  const html = `<a href="${url.replaceAll('"', '&quot;')}"></a>`;
  const kept = sanitizeHtml(html, {
    allowedTags: ['a'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ALLOWED_SCHEMES,
    allowProtocolRelative: false,
  });
  return kept.includes('href=');
}

/** What replaces a link, image or definition whose URL is not allowed: its text, or nothing. */
function replacementFor(token: Token): string | undefined {
  switch (token.type) {
    case 'def':
      return isAllowedUrl(token.href) ? undefined : '';
    case 'link':
    case 'image': {
      if (isAllowedUrl(token.href)) return undefined;
      // An autolink's text is the URL itself.
      return token.raw.startsWith('<') || token.text === token.raw ? '' : token.text;
    }
    default:
      return undefined;
  }
}

/** Markdown escapes so that no link, image, definition or autolink can start in the text. */
function escapeLinkSyntax(raw: string): string {
  return raw.replace(/[\\[<]/g, '\\$&');
}

/**
 * Replaces links, images and reference definitions whose URL is not allowed (`javascript:`,
 * `java&#x73;cript:`, `data:`) by their text, block by block. A block is the lexer's top-level
 * token; their raw texts add up to the whole input. Inside quotes and lists a link's raw text
 * can differ from the input (the `>` of each line is gone); then the whole block is escaped
 * instead, which makes it longer once but leaves no link to find in the next round.
 */
function neutralizeLinks(text: string): string {
  const blocks = lex(text);
  return blocks
    .map((block) => {
      let raw = block.raw;
      let escape = false;
      // Synchronous: the callback returns nothing, so neither does walkTokens' list of results.
      void markdown.walkTokens([block], (token) => {
        const replacement = replacementFor(token);
        if (replacement === undefined) return;
        if (raw.includes(token.raw)) raw = raw.replaceAll(token.raw, replacement);
        else escape = true;
      });
      return escape ? escapeLinkSyntax(block.raw) : raw;
    })
    .join('');
}

/** One round of cleaning: HTML out, then links and images that are not allowed. */
const cleanOnce = (text: string) => neutralizeLinks(stripHtml(text));

/** A Markdown field: no HTML, and every link and image URL http(s), mailto or relative. */
export function cleanMarkdown(text: string): string {
  return untilStable(normalize(text), cleanOnce);
}

/**
 * A plain-text field (a title, a comment), trimmed. It is cleaned like Markdown because it can
 * become Markdown: the agreement's prefill and the action plan build their text from titles and
 * names. Trimming is part of each round, as removing indentation can turn code into a link.
 */
export function cleanPlainText(text: string): string {
  return untilStable(normalize(text), (current) => cleanOnce(current).trim());
}
