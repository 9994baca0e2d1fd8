import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { ApprovalRequest, VersionStatus } from '@gw/shared/contracts';
import {
  ApprovalPanelComponent,
  ArtifactCommentsComponent,
  type CommentSection,
  VersionStatusComponent,
} from '@gw/web/artifacts/feature';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { ReportStore, formatValue, memberIndicatorView } from '@gw/web/reports/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, PageHeaderComponent } from '@gw/web/shared/ui';
import { PublicLinkPanelComponent } from '../public-link-panel/public-link-panel.component';
import { ReportActions } from '../report-actions';
import { ReportGoalComponent } from '../report-goal/report-goal.component';
import { ReportTextComponent } from '../report-text/report-text.component';
import { periodLabel, quorumKey, reportStatusKey } from '../report-keys';
import { ResourcesTableComponent } from '../resources-table/resources-table.component';

/**
 * `/initiatives/:id/reports/:artifactId` (`?v=` for an older version): one report with its state,
 * what the caller may do with it (write texts, submit, decide, publish, share, download), and its
 * content per goal, resources, corrections and comments.
 */
@Component({
  selector: 'gw-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeaderComponent,
    ErrorMessageComponent,
    ApprovalPanelComponent,
    PublicLinkPanelComponent,
    ArtifactCommentsComponent,
    ReportGoalComponent,
    VersionStatusComponent,
    ReportTextComponent,
    ResourcesTableComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './report-page.component.html',
  styleUrl: './report-page.component.scss',
})
export class ReportPageComponent {
  /** Route parameter. */
  readonly artifactId = input.required<string>();
  /** Query parameter: an older version to look at. */
  readonly v = input<string>();

  protected readonly store = inject(ReportStore);
  protected readonly actions = inject(ReportActions);
  private readonly initiatives = inject(InitiativesStore);
  private readonly i18n = inject(I18nService);

  protected readonly errorMessage = messageOf(this.store.error);
  protected readonly isCoordination = this.initiatives.isCoordination;
  private readonly role = this.initiatives.myRole;
  private readonly wanted = computed(() => {
    const number = Number(this.v());
    return Number.isInteger(number) && number > 0 ? number : null;
  });
  /** The report of this page once loaded (not the one of the page before). */
  protected readonly report = computed(() => {
    const report = this.store.report();
    return report?.artifactId === this.artifactId() ? report : null;
  });
  protected readonly latest = computed(() => this.store.versions()[0] ?? null);
  /** Only the newest version moves on; an older one is read only. */
  protected readonly current = computed(() => this.store.isLatest());
  protected readonly canWrite = computed(() => {
    const role = this.role();
    return (
      this.report()?.status === 'draft' &&
      this.current() &&
      (role === 'coordination' || role === 'working_group')
    );
  });
  protected readonly threshold = computed(
    () => this.initiatives.initiative()?.suppressionThreshold ?? 5,
  );
  protected readonly goals = computed(() =>
    (this.report()?.content.goals ?? []).map((goal) => ({
      goal,
      indicators: goal.indicators.map((indicator) =>
        memberIndicatorView(indicator, this.threshold()),
      ),
    })),
  );
  protected readonly corrections = computed(() => {
    const locale = this.i18n.locale();
    const unit = new Map(
      this.goals().flatMap(({ indicators }) => indicators.map((view) => [view.id, view.unit])),
    );
    return (this.report()?.content.corrections ?? []).map((correction) => ({
      indicator: correction.indicatorName,
      period: periodLabel(correction.period, this.i18n),
      report: correction.reportTitle,
      before: formatValue(correction.before, unit.get(correction.indicatorId) ?? '', locale) ?? '',
      after: formatValue(correction.after, unit.get(correction.indicatorId) ?? '', locale) ?? '',
    }));
  });
  protected readonly rejections = computed(() =>
    this.report()?.status === 'rejected'
      ? (this.store.approvals()?.approvals ?? []).filter((item) => item.decision === 'reject')
      : [],
  );
  protected readonly commentSections = computed((): CommentSection[] => [
    { key: 'summary', title: this.i18n.t('reports.summary') },
    ...this.goals().map(({ goal }) => ({ key: `goal:${goal.goalId}`, title: goal.title })),
  ]);
  protected readonly canComment = computed(() => {
    const role = this.role();
    return role !== null && role !== 'observer';
  });
  protected readonly quorumKey = quorumKey;
  protected readonly statusKey = reportStatusKey;

  /** A steering member's decision; the report's state afterwards tells the panel what to say. */
  protected readonly decide = async (request: ApprovalRequest): Promise<VersionStatus | null> => {
    await this.store.decide(request);
    return this.store.report()?.status ?? null;
  };
  protected readonly addComment = (sectionKey: string, body: string) =>
    this.store.addComment(sectionKey, body);
  protected readonly resolveComment = (commentId: string) => this.store.resolveComment(commentId);

  constructor() {
    effect(() => {
      const initiativeId = this.initiatives.access()?.id;
      const artifactId = this.artifactId();
      const number = this.wanted();
      if (initiativeId) {
        untracked(() => void this.store.load(initiativeId, artifactId, number));
      }
    });
  }

  protected retry(): void {
    void this.store.reload();
  }
}
