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
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { PublicReport } from '@gw/shared/contracts';
import { ReportsApi, publicIndicatorView, publicReportUrl } from '@gw/web/reports/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { KeyFiguresComponent } from '../key-figures/key-figures.component';
import { ReportGoalComponent } from '../report-goal/report-goal.component';

type Outcome =
  | { kind: 'found'; report: PublicReport }
  | { kind: 'gone' }
  | { kind: 'error'; message: ProblemMessage };

/**
 * `/public/reports/:token`: a published report as anyone with its link reads it, without login —
 * the summary, the report at a glance (key figures and the measures' progress), per goal the
 * public indicators with their trend and suppressed cells marked, the narratives, a PDF.
 * A revoked or unknown link says so plainly.
 */
@Component({
  selector: 'gw-public-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    ErrorMessageComponent,
    KeyFiguresComponent,
    ReportGoalComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './public-report-page.component.html',
  styleUrl: './public-report-page.component.scss',
})
export class PublicReportPageComponent {
  /** Route parameter. */
  readonly token = input.required<string>();

  private readonly api = inject(ReportsApi);

  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly report = computed(() => {
    const outcome = this.outcome();
    return outcome?.kind === 'found' ? outcome.report : null;
  });
  protected readonly gone = computed(() => this.outcome()?.kind === 'gone');
  protected readonly failure = computed(() => {
    const outcome = this.outcome();
    return outcome?.kind === 'error' ? outcome.message : null;
  });
  protected readonly goals = computed(() =>
    (this.report()?.goals ?? []).map((goal) => ({
      goal,
      indicators: goal.indicators.map(publicIndicatorView),
    })),
  );
  protected readonly pdfUrl = computed(() => `${publicReportUrl(this.token())}/pdf`);

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
  }

  protected retry(): void {
    void this.load(this.token());
  }

  private async load(token: string): Promise<void> {
    this.outcome.set(null);
    try {
      const report = await firstValueFrom(this.api.publicReport(token));
      if (token === this.token()) this.outcome.set({ kind: 'found', report });
    } catch (error) {
      if (token !== this.token()) return;
      const problem = toProblem(error);
      // A revoked, replaced or mistyped link: the API answers 404 or, for a malformed one, 400.
      this.outcome.set(
        problem.status === 404 || problem.status === 400
          ? { kind: 'gone' }
          : { kind: 'error', message: problemMessage(problem) },
      );
    }
  }
}
