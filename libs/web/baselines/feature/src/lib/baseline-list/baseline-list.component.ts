import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { BaselinesStore } from '@gw/web/baselines/data-access';
import { approvalProgress } from '@gw/web/artifacts/data-access';
import { VersionStatusComponent } from '@gw/web/artifacts/feature';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { EmptyStateComponent, ErrorMessageComponent } from '@gw/web/shared/ui';
import { BaselineActions } from '../baseline-actions';
import { baselineStatusKey } from '../baseline-keys';
import { QuorumSettingComponent } from '../quorum-setting/quorum-setting.component';
import { RejectionNoticeComponent } from '../rejection-notice/rejection-notice.component';

/**
 * `action-plan/baselines`: the approved baseline the plan is measured against, the latest
 * baseline with what is to do about it (submit a draft, decide, read a rejection), every baseline
 * with its state and hash, and the approval rule.
 */
@Component({
  selector: 'gw-baseline-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    EmptyStateComponent,
    ErrorMessageComponent,
    VersionStatusComponent,
    QuorumSettingComponent,
    RejectionNoticeComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './baseline-list.component.html',
  styleUrl: './baseline-list.component.scss',
})
export class BaselineListComponent {
  protected readonly store = inject(BaselinesStore);
  protected readonly actions = inject(BaselineActions);
  private readonly initiatives = inject(InitiativesStore);
  protected readonly isCoordination = this.initiatives.isCoordination;
  protected readonly statusKey = baselineStatusKey;

  /** The approvals of the latest baseline, once loaded (drafts have none). */
  protected readonly latestApprovals = computed(() => {
    const latest = this.store.latest();
    const approvals = this.store.approvals();
    return latest && approvals?.versionNumber === latest.number ? approvals : null;
  });
  protected readonly latestProgress = computed(() => {
    const approvals = this.latestApprovals();
    return approvals ? approvalProgress(approvals) : null;
  });

  constructor() {
    // The latest baseline's decisions: how far its approval is, or why it was rejected.
    effect(() => {
      const latest = this.store.latest();
      if (latest && (latest.status === 'submitted' || latest.status === 'rejected')) {
        untracked(() => void this.store.select(latest.number));
      }
    });
  }
}
