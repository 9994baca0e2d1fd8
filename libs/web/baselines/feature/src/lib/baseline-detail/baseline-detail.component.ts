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
import { BaselinesStore } from '@gw/web/baselines/data-access';
import { ApprovalPanelComponent, VersionStatusComponent } from '@gw/web/artifacts/feature';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';
import { BaselineActions } from '../baseline-actions';
import { BaselineContentComponent } from '../baseline-content/baseline-content.component';
import { baselineStatusKey, quorumHintKey, quorumKey } from '../baseline-keys';
import { RejectionNoticeComponent } from '../rejection-notice/rejection-notice.component';

/**
 * `action-plan/baselines/:number`: one baseline with its state and hash, the steering group's
 * approval (and the decision for those asked), a rejection's reasons, the measures it froze, and
 * the PDF. The coordination office submits a draft here.
 */
@Component({
  selector: 'gw-baseline-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    ErrorMessageComponent,
    ApprovalPanelComponent,
    BaselineContentComponent,
    VersionStatusComponent,
    RejectionNoticeComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './baseline-detail.component.html',
  styleUrl: './baseline-detail.component.scss',
})
export class BaselineDetailComponent {
  /** Route parameter. */
  readonly number = input.required<string>();

  protected readonly store = inject(BaselinesStore);
  protected readonly actions = inject(BaselineActions);
  private readonly initiatives = inject(InitiativesStore);
  protected readonly isCoordination = this.initiatives.isCoordination;
  protected readonly statusKey = baselineStatusKey;
  protected readonly quorumKey = quorumKey;
  protected readonly quorumHintKey = quorumHintKey;
  protected readonly errorMessage = messageOf(this.store.baselineError);
  private readonly wanted = computed(() => Number(this.number()));
  /** The baseline of this page once loaded (not the one of the page before). */
  protected readonly baseline = computed(() => {
    const baseline = this.store.baseline();
    return baseline?.number === this.wanted() ? baseline : null;
  });
  protected readonly hasOlder = computed(() =>
    this.store.versions().some((version) => version.number < this.wanted()),
  );

  constructor() {
    effect(() => {
      const number = this.wanted();
      if (Number.isInteger(number) && number > 0) untracked(() => void this.store.select(number));
    });
  }

  /** The steering member's decision on this baseline, for the approval panel. */
  protected readonly decide = async (request: ApprovalRequest): Promise<VersionStatus | null> => {
    await this.store.decide(this.wanted(), request);
    return this.store.baseline()?.status ?? null;
  };

  protected retry(): void {
    void this.store.select(this.wanted(), true);
  }
}
