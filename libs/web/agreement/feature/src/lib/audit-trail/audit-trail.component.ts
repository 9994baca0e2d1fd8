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
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { AuditEvent } from '@gw/shared/contracts';
import { AgreementStore } from '@gw/web/agreement/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';
import { auditActionKey } from '../status-keys';

const PAGE_SIZE = 20;

/**
 * `agreement/history`: the append-only audit trail, oldest first, twenty at a time ("load
 * more"): who did what, when, on which version and hash.
 */
@Component({
  selector: 'gw-audit-trail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
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
  protected readonly store = inject(AgreementStore);

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

  /** What the entry is about, in words: for which partner, why, from when, copied from where. */
  protected details(event: AuditEvent): string[] {
    const detail = event.detail;
    const lines: string[] = [];
    if (detail['actorName']) {
      lines.push(this.i18n.t('agreement.history.forActor', { actor: detail['actorName'] }));
    }
    if (detail['copiedFrom']) {
      lines.push(this.i18n.t('agreement.history.copiedFrom', { n: detail['copiedFrom'] }));
    }
    if (detail['by'])
      lines.push(this.i18n.t('agreement.history.supersededBy', { n: detail['by'] }));
    if (detail['effectiveDate']) {
      const date = this.i18n.formatDate(`${detail['effectiveDate']}T12:00:00`);
      lines.push(this.i18n.t('agreement.history.effective', { date }));
    }
    if (detail['reason']) {
      lines.push(this.i18n.t('agreement.history.reason', { reason: detail['reason'] }));
    }
    return lines;
  }
}
