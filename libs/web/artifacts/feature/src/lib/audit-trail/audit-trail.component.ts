import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { AuditEvent } from '@gw/shared/contracts';
import { ArtifactSource } from '@gw/web/artifacts/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
} from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';
import { ARTIFACT_WORDING, type HistoryText } from '../artifact-wording';

const PAGE_SIZE = 20;

/**
 * The `history` view of an artifact: its append-only audit trail, oldest first, twenty at a time
 * ("load more"): who did what, when, on which version and hash, with the kind's details (for which
 * partner, the comment, …). Needs `provideArtifactViews` in the route.
 */
@Component({
  selector: 'gw-audit-trail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    ErrorMessageComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './audit-trail.component.html',
  styleUrl: './audit-trail.component.scss',
})
export class AuditTrailComponent {
  private readonly i18n = inject(I18nService);
  protected readonly store = inject(ArtifactSource);
  protected readonly wording = inject(ARTIFACT_WORDING);

  protected readonly events = signal<AuditEvent[]>([]);
  protected readonly total = signal<number | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ProblemMessage | null>(null);
  protected readonly hasMore = computed(() => {
    const total = this.total();
    return total !== null && this.events().length < total;
  });
  private page = 0;

  constructor() {
    effect(() => {
      if (this.store.artifact()) untracked(() => void this.loadMore(true));
    });
  }

  protected async loadMore(restart = false): Promise<void> {
    if (this.loading() && !restart) return;
    if (restart) this.page = 0;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.store.auditPage(this.page + 1, PAGE_SIZE);
      this.page = page.page;
      this.events.update((events) => (restart ? page.items : [...events, ...page.items]));
      this.total.set(page.total);
    } catch (error) {
      this.error.set(problemMessage(toProblem(error)));
    } finally {
      this.loading.set(false);
    }
  }

  /** The kind's text, e.g. `agreement.history.title`. */
  protected key(name: HistoryText): TranslationKey {
    return `${this.wording.history}.${name}`;
  }

  protected details(event: AuditEvent): string[] {
    return this.wording.auditDetails(event, this.i18n);
  }
}
