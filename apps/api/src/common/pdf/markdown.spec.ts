import { marked } from 'marked';
import { createPdf } from './pdf-document';
import { INLINE_SYNTAX_LIMIT, lexMarkdown, renderMarkdown } from './markdown';

const LENGTH = 50_000;
const fill = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
/** Up to the limit, spread over the whole text, so that each scans as far as it can. */
const spread = (unit: string) => {
  const gap = 'a'.repeat(Math.floor(LENGTH / INLINE_SYNTAX_LIMIT) - unit.length);
  return `${unit}${gap}`.repeat(INLINE_SYNTAX_LIMIT / unit.length);
};

/** Each took from one to 45 seconds to lex or lay out before the bounds. */
const HOSTILE = {
  emphasis: fill('*a_'),
  nestedEmphasis: fill('**a*_b_*'),
  stars: fill('*a*'),
  underscores: fill('_a'),
  tildes: fill('~a'),
  exclamations: fill('!a'),
  escapedBrackets: fill('[\\'),
  links: fill('[a](b)'),
  bareUrls: fill('www.'),
  emails: fill('a@b.'),
  longWord: 'a'.repeat(LENGTH),
  spreadEmphasis: spread('*a_'),
  spreadExclamations: spread('!'),
};

function renderTime(markdown: string): number {
  const doc = createPdf({ title: 'Test', subject: 'Test' });
  const start = performance.now();
  renderMarkdown(doc, markdown);
  return performance.now() - start;
}

describe('renderMarkdown', () => {
  it.each(Object.entries(HOSTILE))('renders 50,000 characters of %s within a second', (_, text) => {
    expect(renderTime(text)).toBeLessThan(1000);
  });

  it('lexes ordinary German Markdown exactly as marked does', () => {
    const text = [
      '## Gemeinsame Zielsetzung',
      '',
      'Für Kinder < 6 Jahre & ihre Eltern: **Übergänge** _begleiten_, ~~alt~~, ***beides***.',
      '',
      '> Zitat der **Bürgermeisterin**',
      '',
      '- Sprachförderung -> Kita',
      '  1. Straße & Plätze',
      '* Stern',
      '',
      '| Ziel | Quote |',
      '| --- | ---: |',
      '| Abschluss | 95 % |',
      '',
      'Mehr unter [Website](https://www.example.org/a?b=1&c=2 "Titel"), www.example.org,',
      '<info@example.org>, [Mail](mailto:info@example.org), ![Bild](/b.png) und `code`.',
      'Entitäten bleiben: &amp; &lt;b&gt; \\*kein Stern\\*',
      '',
      '```',
      'Code *bleibt*',
      '```',
    ].join('\n');
    expect(lexMarkdown(text)).toEqual(marked.lexer(text));
  });

  it('shows a paragraph dense in syntax as written, without emphasis', () => {
    const text = `${'*a_'.repeat(INLINE_SYNTAX_LIMIT)} \\[x\\]`;
    const [paragraph] = lexMarkdown(text);
    expect(paragraph.type).toBe('paragraph');
    const inline = (paragraph as { tokens: { type: string; text: string }[] }).tokens;
    expect(inline.map((token) => token.type)).toEqual(['text']);
    expect(inline[0].text).toBe(`${'*a_'.repeat(INLINE_SYNTAX_LIMIT)} [x]`);
  });
});
