import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';

/**
 * Section headings are `<h3>` on the page, so a heading inside a section's text starts below:
 * `#` becomes `<h4>`, and the outline of the page stays intact for screen readers.
 */
const HEADING_OFFSET = 3;

const markdown = new Marked({ gfm: true, breaks: true, async: false });
markdown.use({
  renderer: {
    heading({ tokens, depth }: Tokens.Heading): string {
      const level = Math.min(depth + HEADING_OFFSET, 6);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

// Links in a document lead away from the app: open them in a new tab without giving that page
// a handle on this one.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * Markdown as HTML that is safe to put into the page. The API removes HTML from section texts
 * already; DOMPurify here is the second line of defence, for what Markdown itself produces
 * (links, images) and for anything that got past the server.
 */
export function renderMarkdown(text: string): string {
  const html = markdown.parse(text, { async: false });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe'],
    FORBID_ATTR: ['style', 'class', 'id'],
  });
}
