import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import type { SectionDiff, VersionDiff } from '@gw/shared/contracts';
import { ActionPlanStore } from '@gw/web/action-plan/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';
import { baselineStatusKey } from '../baseline-keys';

/**
 * `action-plan/baselines/compare?from=&to=`: two baselines goal by goal, additions and removals
 * marked by `<ins>`/`<del>` (underlined, struck through, and named for screen readers), goals
 * without changes collapsed.
 */
@Component({
  selector: 'gw-baseline-diff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './baseline-diff.component.html',
  styleUrl: './baseline-diff.component.scss',
})
export class BaselineDiffComponent {
  /** Query parameters: the two baseline numbers. */
  readonly from = input<string>();
  readonly to = input<string>();

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18nService);
  protected readonly store = inject(ActionPlanStore);
  protected readonly statusKey = baselineStatusKey;

  /** Said by screen readers around a change, which they do not announce by themselves. */
  protected readonly labels = computed(() => ({
    added: `${this.i18n.t('baselines.diff.addedStart')} `,
    removed: `${this.i18n.t('baselines.diff.removedStart')} `,
    end: ` ${this.i18n.t('baselines.diff.end')}`,
  }));

  /** The pair shown: the query's, else the latest baseline and the one before it. */
  protected readonly pair = computed((): { from: number; to: number } | null => {
    const numbers = this.store.versions().map((version) => version.number);
    if (numbers.length < 2) return null;
    const valid = (n: number) => numbers.includes(n);
    const to = valid(Number(this.to())) ? Number(this.to()) : Math.max(...numbers);
    const before = numbers.filter((n) => n < to);
    const fallbackFrom = before.length
      ? Math.max(...before)
      : Math.max(...numbers.filter((n) => n !== to));
    const from = valid(Number(this.from())) ? Number(this.from()) : fallbackFrom;
    return { from, to };
  });
  protected readonly diff = signal<VersionDiff | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ProblemMessage | null>(null);
  protected readonly changedCount = computed(
    () => this.diff()?.sections.filter((section) => section.changed).length ?? 0,
  );

  constructor() {
    effect(() => {
      const pair = this.pair();
      if (pair && pair.from !== pair.to) untracked(() => void this.load(pair.from, pair.to));
      else untracked(() => this.diff.set(null));
    });
  }

  protected choose(which: 'from' | 'to', value: number): void {
    const pair = this.pair();
    if (!pair) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...pair, [which]: value },
      replaceUrl: true,
    });
  }

  protected plainText(section: SectionDiff): string {
    return section.parts.map((part) => part.text).join('');
  }

  private async load(from: number, to: number): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const diff = await this.store.diff(from, to);
      const pair = this.pair();
      if (pair?.from === from && pair.to === to) this.diff.set(diff);
    } catch (error) {
      this.error.set(problemMessage(toProblem(error)));
    } finally {
      this.loading.set(false);
    }
  }
}
