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
import { ActionPlanStore } from '@gw/web/action-plan/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';
import { auditActionKey } from '../baseline-keys';

const PAGE_SIZE = 20;

/**
 * `action-plan/baselines/history`: the append-only audit trail of the baselines, oldest first,
 * twenty at a time: who started, submitted, approved or rejected which baseline, with the hash
 * and the comments.
 */
@Component({
  selector: 'gw-baseline-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    ErrorMessageComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './baseline-history.component.html',
  styleUrl: './baseline-history.component.scss',
})
export class BaselineHistoryComponent {
  private readonly i18n = inject(I18nService);
  protected readonly store = inject(ActionPlanStore);

  protected readonly events = signal<AuditEvent[]>([]);
  protected readonly total = signal<number | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ProblemMessage | null>(null);
  protected readonly hasMore = computed(() => {
    const total = this.total();
    return total !== null && this.events().length < total;
  });
  protected readonly actionKey = auditActionKey;
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

  /** What the entry is about, in words: the comment, copied from which baseline, superseded by. */
  protected details(event: AuditEvent): string[] {
    const detail = event.detail;
    const lines: string[] = [];
    if (detail['comment']) {
      lines.push(this.i18n.t('baselines.history.comment', { comment: detail['comment'] }));
    }
    if (detail['copiedFrom']) {
      lines.push(this.i18n.t('baselines.history.after', { n: detail['copiedFrom'] }));
    }
    if (detail['by'])
      lines.push(this.i18n.t('baselines.history.supersededBy', { n: detail['by'] }));
    return lines;
  }
}
