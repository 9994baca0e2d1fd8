import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { AgreementSection, ArtifactComment } from '@gw/shared/contracts';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { MarkdownComponent } from '../markdown/markdown.component';
import { SectionCommentsComponent } from '../section-comments/section-comments.component';

/** One section of a version: its title, its text from Markdown, and its comments on request. */
@Component({
  selector: 'gw-agreement-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MarkdownComponent,
    SectionCommentsComponent,
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

  protected readonly open = signal(false);
  protected readonly openCount = computed(
    () => this.comments().filter((c) => !c.resolvedAt).length,
  );
  protected readonly headingId = computed(() => `section-${this.section().key}`);
  protected readonly panelId = computed(() => `comments-${this.section().key}`);
  protected readonly hasText = computed(() => this.section().body.trim() !== '');
}
