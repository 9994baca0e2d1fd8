import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { ProblemException } from '../problem/problem.exception';
import { LINK_SYNTAX_LIMIT, cleanMarkdown, cleanPlainText } from './rich-text';

/** What a strict server-side renderer lets through: the tags Markdown makes, safe URLs only. */
const STRICT: sanitizeHtml.IOptions = {
  allowedTags: [
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'em', 'strong', 'del'],
    ...['code', 'pre', 'blockquote', 'a', 'img', 'br', 'hr'],
    ...['table', 'thead', 'tbody', 'tr', 'th', 'td'],
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
};
/** The same parser with nothing removed, so that only the allow-list makes a difference. */
const EVERYTHING: sanitizeHtml.IOptions = {
  allowedTags: false,
  allowedAttributes: false,
  allowVulnerableTags: true,
  allowedSchemesAppliedToAttributes: [],
};

/** Renders as web and PDF do, and says whether the strict sanitiser had anything to remove. */
function rendersHarmless(markdown: string): boolean {
  const html = marked.parse(markdown, { gfm: true, breaks: true, async: false });
  return sanitizeHtml(html, STRICT) === sanitizeHtml(html, EVERYTHING);
}

const decode = (text: string) => sanitizeHtml(text, { allowedTags: [] }).replaceAll('&amp;', '&');

const BYPASSES = {
  nestedScript: '<<script>script>alert(1)<</script>/script> Vorher',
  unclosedImage: 'Hallo Welt <img src=x onerror=alert(1)',
  quotedBracket: '<img alt=">" onerror=alert(1)>Text',
  referenceLink: 'Siehe [Quelle][r].\n\n[r]: javascript:alert(1)\n',
  encodedScheme: '[Klick](java&#x73;cript:alert(1))',
  tabInScheme: '[Klick](jav&#x09;ascript:alert(1))',
  escapedColon: '[Klick](javascript\\:alert(1))',
  angleDestination: '[Klick](<javascript:alert(1)>)',
  autolink: '<javascript:alert(1)>',
  dataImage: '![Bild](data:image/svg+xml;base64,PHN2Zz4=)',
  comment: 'A <!-- x > <script>alert(1)</script> --> B',
  tableCell: '| Ziel | Link |\n|---|---|\n| 1 | [x](vbscript:msgbox(1)) |',
};

describe('cleanMarkdown', () => {
  it.each(Object.entries(BYPASSES))('leaves nothing to run from %s', (_name, input) => {
    const cleaned = cleanMarkdown(input);
    const text = decode(cleaned).toLowerCase().replace(/\s/g, '');
    expect(text).not.toContain('<script');
    expect(text).not.toContain('onerror');
    expect(text).not.toMatch(/(javascript|vbscript|data):/);
    expect(rendersHarmless(cleaned)).toBe(true);
    expect(cleanMarkdown(cleaned)).toBe(cleaned);
  });

  it('keeps the text around what it removes', () => {
    expect(cleanMarkdown(BYPASSES.unclosedImage)).toBe('Hallo Welt ');
    expect(cleanMarkdown(BYPASSES.encodedScheme)).toBe('Klick');
    expect(cleanMarkdown(BYPASSES.referenceLink)).toBe('Siehe Quelle.\n\n');
    expect(cleanMarkdown(BYPASSES.dataImage)).toBe('Bild');
    expect(cleanMarkdown('**fett** <b>x</b> <script>alert(1)</script>')).toBe('**fett** x ');
  });

  it('escapes a quoted link it cannot cut out, so that it is no link any more', () => {
    const cleaned = cleanMarkdown('> [zwei\n> Zeilen](javascript:alert(1))');
    expect(cleaned).toBe('> \\[zwei\n> Zeilen](javascript:alert(1))');
    expect(marked.parse(cleaned, { async: false })).not.toContain('href');
    expect(cleanMarkdown(cleaned)).toBe(cleaned);
  });

  it('defuses text nested deeper than the rounds it cleans', () => {
    const nested = `Text ${'<'.repeat(50)}${'b>'.repeat(50)} [x](javascript:alert(1))`;
    const cleaned = cleanMarkdown(nested);
    expect(cleaned).not.toMatch(/<[a-z/!?]/i);
    expect(rendersHarmless(cleaned)).toBe(true);
    expect(cleanMarkdown(cleaned)).toBe(cleaned);
    expect(cleanPlainText(nested)).toBe(cleanPlainText(cleanPlainText(nested)));
  });

  it('refuses text nested too deeply for the Markdown parser, with a 400', () => {
    expect(() => cleanMarkdown('>'.repeat(5000))).toThrow(ProblemException);
  });

  it('keeps ordinary German Markdown exactly as written', () => {
    const text = [
      '## Gemeinsame Zielsetzung',
      '',
      'Für Kinder < 6 Jahre & ihre Eltern: **Übergänge** _begleiten_, 5 > 3, a <= b.',
      '',
      '> Zitat der Bürgermeisterin',
      '',
      '- Sprachförderung -> Kita',
      '  1. Straße & Plätze',
      '',
      '| Ziel | Quote |',
      '| --- | ---: |',
      '| Abschluss | 95 % |',
      '',
      'Mehr unter [Website](https://www.example.org/a?b=1&c=2 "Titel"), <https://example.org>,',
      '<info@example.org>, [Mail](mailto:info@example.org), [Partner](#partner) und `code`.',
      'Entitäten bleiben: &amp; &lt;b&gt; &nbsp;',
    ].join('\n');
    expect(cleanMarkdown(text)).toBe(text);
    expect(rendersHarmless(text)).toBe(true);
  });

  it('normalises line breaks and drops control characters', () => {
    expect(cleanMarkdown('a\r\nb\rc\u0007\u009b\td')).toBe('a\nb\nc\td');
  });
});

/** The URLs of the links and images the web renders (GFM) from this text. */
function hrefs(markdown: string): string[] {
  const found: string[] = [];
  void marked.walkTokens(marked.lexer(markdown, { gfm: true }), (token) => {
    if (token.type === 'link' || token.type === 'image') found.push(token.href);
  });
  return found;
}

describe('cleanMarkdown without GFM', () => {
  it('neutralises a link in a table cell, with or without `|` in its text', () => {
    const table = [
      '| Ziel | Link |',
      '|---|---|',
      '| 1 | [x](javascript:alert(1)) |',
      '| 2 | [a\\|b](javascript:alert(2)) |',
      '| 3 | [c|d](javascript:alert(3)) |',
    ].join('\n');
    const cleaned = cleanMarkdown(table);
    expect(cleaned).not.toContain('javascript');
    expect(hrefs(cleaned)).toEqual([]);
    expect(cleanMarkdown(cleaned)).toBe(cleaned);
  });

  it('keeps the links of a table and bare URLs, which GFM makes http(s) or mailto', () => {
    const table = '| Link |\n|---|\n| [Website](https://example.org) www.example.org a@b.de |';
    expect(cleanMarkdown(table)).toBe(table);
  });
});

const LENGTH = 50_000;
const fill = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
/** Each took from 0.3 to 2.5 seconds to clean before the bounds. */
const HOSTILE = {
  emphasis: fill('*a_'),
  nestedEmphasis: fill('**a*_b_*'),
  stars: fill('*a*'),
  underscores: fill('_a'),
  tildes: fill('~a'),
  escapedBrackets: fill('[\\'),
  brackets: fill('[a]'),
  links: fill('[a](b)'),
  references: `[a]: /x\n\n${fill('[a]')}`,
  anglesAndBrackets: fill('[]<'),
};

describe('cleanMarkdown on hostile text', () => {
  it.each(Object.entries(HOSTILE))('cleans 50,000 characters of %s within 300 ms', (_, text) => {
    for (const clean of [cleanMarkdown, cleanPlainText]) {
      const start = performance.now();
      clean(text);
      expect(performance.now() - start).toBeLessThan(300);
    }
  });

  it('escapes every link in a paragraph with more brackets than the limit, and stays stable', () => {
    const text = `[x](javascript:alert(1)) [ok](https://example.org) ${'[a] '.repeat(LINK_SYNTAX_LIMIT)}`;
    const cleaned = cleanMarkdown(text);
    // What is left is GFM's bare URL inside the escaped link.
    expect(hrefs(cleaned)).toEqual(['https://example.org']);
    expect(
      cleaned.startsWith('\\[x](javascript:alert(1)) \\[ok](https://example.org) \\[a] '),
    ).toBe(true);
    expect(cleanMarkdown(cleaned)).toBe(cleaned);
  });

  it('leaves a paragraph with brackets up to the limit as written', () => {
    const text = `[ok](https://example.org) ${'[a] '.repeat(LINK_SYNTAX_LIMIT - 1)}`;
    expect(cleanMarkdown(text)).toBe(text);
  });
});

describe('cleanPlainText', () => {
  it('removes HTML, keeps the text and comparisons, and trims', () => {
    expect(cleanPlainText('  <b>Ziele</b> & Wege <<script>script>alert(1)</script> < 5 ')).toBe(
      'Ziele & Wege < < 5',
    );
    expect(cleanPlainText('Titel <img src=x onerror=alert(1)')).toBe('Titel');
  });

  it('neutralises links too, as titles and names become Markdown in the agreement', () => {
    expect(cleanPlainText('[Klick](java&#x73;cript:alert(1)) bitte')).toBe('Klick bitte');
    expect(cleanPlainText('<b></b>    [x](javascript:alert(1))')).toBe('x');
  });

  it('leaves ordinary text as it is', () => {
    expect(cleanPlainText('Kinder < 6 Jahre & Jugendliche > 16: „Übergänge“')).toBe(
      'Kinder < 6 Jahre & Jugendliche > 16: „Übergänge“',
    );
  });
});
