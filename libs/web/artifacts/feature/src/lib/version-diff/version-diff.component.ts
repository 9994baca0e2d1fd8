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
import { ArtifactSource } from '@gw/web/artifacts/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';
import { ARTIFACT_WORDING, type DiffText } from '../artifact-wording';

/**
 * The `compare?from=&to=` view of an artifact: two versions section by section (the agreement's
 * sections, the action plan's goals), additions and removals marked by `<ins>`/`<del>`
 * (underlined, struck through, and named for screen readers), unchanged sections collapsed.
 * Needs `provideArtifactViews` in the route.
 */
@Component({
  selector: 'gw-version-diff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './version-diff.component.html',
  styleUrl: './version-diff.component.scss',
})
export class VersionDiffComponent {
  /** Query parameters: the two version numbers. */
  readonly from = input<string>();
  readonly to = input<string>();

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18nService);
  protected readonly store = inject(ArtifactSource);
  protected readonly wording = inject(ARTIFACT_WORDING);

  /** Said by screen readers around a change, which they do not announce by themselves. */
  protected readonly labels = computed(() => ({
    added: `${this.i18n.t(this.key('addedStart'))} `,
    removed: `${this.i18n.t(this.key('removedStart'))} `,
    end: ` ${this.i18n.t(this.key('end'))}`,
  }));

  /**
   * The pair shown: the query's, else the selected version (or the latest) and the one before;
   * the oldest, having none before it, is compared with the latest.
   */
  protected readonly pair = computed((): { from: number; to: number } | null => {
    const numbers = this.store.versions().map((version) => version.number);
    if (numbers.length < 2) return null;
    const valid = (n: number) => numbers.includes(n);
    const selected = this.store.selected();
    const to = valid(Number(this.to()))
      ? Number(this.to())
      : selected !== null && valid(selected) && selected !== Math.min(...numbers)
        ? selected
        : Math.max(...numbers);
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

  /** The kind's text, e.g. `agreement.diff.title`. */
  protected key(name: DiffText): TranslationKey {
    return `${this.wording.diff}.${name}`;
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
