import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { AgreementSection, ArtifactComment } from '@gw/shared/contracts';
import { AgreementStore } from '@gw/web/agreements/data-access';
import { ArtifactCommentsComponent, type CommentSection } from '@gw/web/artifacts/feature';
import { TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import { MarkdownComponent } from '../markdown/markdown.component';

/**
 * One section of a version: its title, its text from Markdown, and its comments on request
 * (resolved ones only with `showResolved`).
 */
@Component({
  selector: 'gw-agreement-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MarkdownComponent,
    ArtifactCommentsComponent,
    TranslatePipe,
  ],
  templateUrl: './agreement-section.component.html',
  styleUrl: './agreement-section.component.scss',
})
export class AgreementSectionComponent {
  readonly section = input.required<AgreementSection>();
  readonly number = input.required<number>();
  /** All comments on this section, open and resolved. */
  readonly comments = input<ArtifactComment[]>([]);
  readonly showResolved = input(false);
  readonly canComment = input(false);
  readonly canResolve = input(false);

  private readonly store = inject(AgreementStore);
  protected readonly open = signal(false);
  protected readonly openCount = computed(
    () => this.comments().filter((c) => !c.resolvedAt).length,
  );
  protected readonly headingId = computed(() => `section-${this.section().key}`);
  protected readonly panelId = computed(() => `comments-${this.section().key}`);
  protected readonly hasText = computed(() => this.section().body.trim() !== '');

  protected readonly commentSections = computed((): CommentSection[] => [
    { key: this.section().key, title: this.section().title },
  ]);
  protected readonly shownComments = computed(() =>
    this.showResolved() ? this.comments() : this.comments().filter((c) => !c.resolvedAt),
  );
  protected readonly emptyKey = computed(
    (): TranslationKey =>
      this.comments().length ? 'agreement.comments.noneOpen' : 'agreement.comments.none',
  );
  protected readonly addComment = (sectionKey: string, body: string) =>
    this.store.addComment(sectionKey, body);
  protected readonly resolveComment = (commentId: string) => this.store.resolveComment(commentId);
}
