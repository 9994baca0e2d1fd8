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
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { ReportComparison } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { ReportsStore, formatChange, formatValue } from '@gw/web/reports/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, PageHeaderComponent } from '@gw/web/shared/ui';

/**
 * `/initiatives/:id/reports/compare?a=&b=`: two reports side by side, each indicator's value at
 * the end of one period against the other, with the signed change and its unit.
 */
@Component({
  selector: 'gw-compare-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    ErrorMessageComponent,
    PageHeaderComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './compare-page.component.html',
  styleUrl: './compare-page.component.scss',
})
export class ComparePageComponent {
  /** Query parameters: the two reports (artifact ids). */
  readonly a = input<string>();
  readonly b = input<string>();

  protected readonly store = inject(ReportsStore);
  private readonly initiatives = inject(InitiativesStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18nService);

  protected readonly comparison = signal<ReportComparison | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ProblemMessage | null>(null);
  protected readonly same = computed(() => !!this.a() && this.a() === this.b());
  protected readonly rows = computed(() => {
    const locale = this.i18n.locale();
    return (this.comparison()?.indicators ?? []).map((row) => ({
      id: row.indicatorId,
      name: row.name,
      a: formatValue(row.a, row.unit, locale),
      b: formatValue(row.b, row.unit, locale),
      change: formatChange(row.change, row.unit, locale),
      direction: row.change === null || row.change === 0 ? 'flat' : row.change > 0 ? 'up' : 'down',
    }));
  });

  constructor() {
    effect(() => {
      const id = this.initiatives.access()?.id;
      if (id) untracked(() => void this.store.load(id));
    });
    effect(() => {
      const [a, b] = [this.a(), this.b()];
      const loaded = this.initiatives.access()?.id && this.store.loaded();
      if (loaded && a && b && a !== b) untracked(() => void this.compare(a, b));
      else untracked(() => this.comparison.set(null));
    });
  }

  protected pick(which: 'a' | 'b', id: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [which]: id },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  private async compare(a: string, b: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const comparison = await this.store.compare(a, b);
      if (this.a() === a && this.b() === b) this.comparison.set(comparison);
    } catch (error) {
      this.error.set(problemMessage(toProblem(error)));
      this.comparison.set(null);
    } finally {
      this.loading.set(false);
    }
  }
}
