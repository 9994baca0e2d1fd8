import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  input,
} from '@angular/core';
import { renderMarkdown } from './render-markdown';

/**
 * A section text rendered from Markdown. The HTML is sanitised by DOMPurify, and Angular's own
 * sanitiser checks it once more on the way into `innerHTML`: nothing is trusted blindly.
 * Not encapsulated: elements set through `innerHTML` carry no `_ngcontent` attribute, so scoped
 * styles would never reach them; every rule is scoped under `gw-markdown` instead.
 */
@Component({
  selector: 'gw-markdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="markdown" [innerHTML]="html()"></div>`,
  styleUrl: './markdown.component.scss',
  encapsulation: ViewEncapsulation.None,
})
export class MarkdownComponent {
  readonly text = input.required<string>();

  protected readonly html = computed(() => renderMarkdown(this.text()));
}
