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
import { ActionPlanStore } from '@gw/web/action-plan/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';
import { ApprovalPanelComponent } from '../approval-panel/approval-panel.component';
import { BaselineActions } from '../baseline-actions';
import { BaselineContentComponent } from '../baseline-content/baseline-content.component';
import { BaselineStatusComponent } from '../baseline-status/baseline-status.component';
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
    BaselineStatusComponent,
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

  protected readonly store = inject(ActionPlanStore);
  protected readonly actions = inject(BaselineActions);
  private readonly initiatives = inject(InitiativesStore);
  protected readonly isCoordination = this.initiatives.isCoordination;
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

  protected retry(): void {
    void this.store.select(this.wanted(), true);
  }
}
