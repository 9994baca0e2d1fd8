import { TestBed } from '@angular/core/testing';
import { MarkdownComponent } from './markdown.component';
import { renderMarkdown } from './render-markdown';

const HOSTILE = [
  'Vor dem Skript',
  '<script>window.hacked = true</script>',
  '<img src="x" onerror="window.hacked = true">',
  '[Klick](javascript:window.hacked=true)',
  '<a href="https://example.org" onclick="window.hacked = true">Link</a>',
].join('\n\n');

describe('renderMarkdown', () => {
  it('renders Markdown with headings below the section heading', () => {
    const html = renderMarkdown('# Ziel\n\n- **eins**\n- zwei');
    expect(html).toContain('<h4>Ziel</h4>');
    expect(html).toContain('<li><strong>eins</strong></li>');
  });

  it('removes scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(HOSTILE);
    expect(html).toContain('Vor dem Skript');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('opens external links in a new tab without access to this page', () => {
    const html = renderMarkdown('[Pakt](https://example.org/pakt)');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
  });
});

describe('MarkdownComponent', () => {
  it('never lets a script tag reach the DOM', async () => {
    const fixture = TestBed.createComponent(MarkdownComponent);
    fixture.componentRef.setInput('text', HOSTILE);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.textContent).toContain('Vor dem Skript');
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('[onerror], [onclick]')).toBeNull();
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });
});
