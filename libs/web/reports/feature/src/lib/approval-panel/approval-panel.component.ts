import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  APPROVAL_LIMITS,
  type Approval,
  type ApprovalDecision,
  type ApprovalOverview,
  type UserRef,
} from '@gw/shared/contracts';
import { approvalProgress } from '@gw/web/artifacts/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { type Report, ReportStore } from '@gw/web/reports/data-access';
import { AuthStore, FormSubmit } from '@gw/web/shared/data-access';
import {
  FieldErrorPipe,
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
} from '@gw/web/shared/i18n';
import { ErrorMessageComponent, SubmitButtonComponent, confirm } from '@gw/web/shared/ui';
import { quorumKey } from '../report-keys';

interface ApproverLine {
  person: UserRef;
  approval: Approval | null;
}

/**
 * The steering group's review of a submitted report, as the action plan's baselines have it: the
 * quorum and how far it is met, who decided how with their comments, and for a steering member
 * asked at submission who has not decided yet, „Zustimmen“ and „Ablehnen“ (a rejection needs a
 * comment; both are confirmed).
 */
@Component({
  selector: 'gw-report-approval-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ErrorMessageComponent,
    SubmitButtonComponent,
    TranslatePipe,
    FieldErrorPipe,
    LocalDatePipe,
  ],
  templateUrl: './approval-panel.component.html',
  styleUrl: './approval-panel.component.scss',
})
export class ApprovalPanelComponent {
  readonly report = input.required<Report>();
  readonly overview = input.required<ApprovalOverview>();

  private readonly store = inject(ReportStore);
  private readonly initiatives = inject(InitiativesStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly limits = APPROVAL_LIMITS;
  protected readonly quorumKey = quorumKey;
  protected readonly progress = computed(() => approvalProgress(this.overview()));
  protected readonly progressKey = computed(
    (): TranslationKey =>
      this.progress().needed === 1 ? 'reports.approval.progressOne' : 'reports.approval.progress',
  );
  protected readonly percent = computed(() => {
    const { approved, needed } = this.progress();
    return Math.min(100, Math.round((approved / Math.max(needed, 1)) * 100));
  });
  protected readonly lines = computed((): ApproverLine[] => {
    const approvals = this.overview().approvals;
    return this.overview().approvers.map((person) => ({
      person,
      approval: approvals.find((item) => item.approver?.userId === person.userId) ?? null,
    }));
  });
  /** Decisions of people no longer among those asked (a deleted account): still shown. */
  protected readonly others = computed(() => {
    const asked = new Set(this.overview().approvers.map((person) => person.userId));
    return this.overview().approvals.filter(
      (item) => !item.approver || !asked.has(item.approver.userId),
    );
  });
  protected readonly waiting = computed(() => this.report().status === 'in_review');
  /** A steering member who joined after the submission is not asked. */
  protected readonly notAsked = computed(() => {
    const me = this.auth.user()?.id;
    return (
      this.waiting() &&
      this.initiatives.isSteering() &&
      !this.overview().approvers.some((person) => person.userId === me)
    );
  });
  protected readonly myDecision = computed(() => {
    const me = this.auth.user()?.id;
    return this.overview().approvals.find((item) => item.approver?.userId === me) ?? null;
  });

  protected readonly form = new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(APPROVAL_LIMITS.comment)],
    }),
  });
  protected readonly submission = new FormSubmit(this.form);

  protected async decide(decision: ApprovalDecision): Promise<void> {
    const comment = this.form.controls.comment;
    const text = comment.value.trim();
    if (decision === 'reject' && !text) {
      comment.setErrors({ ...comment.errors, commentForRejection: true });
      comment.markAsTouched();
      this.host.nativeElement.querySelector('textarea')?.focus();
      return;
    }
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t(`reports.approval.${decision}.title`),
      text: this.i18n.t(`reports.approval.${decision}.text`, { needed: this.progress().needed }),
      confirmLabel: this.i18n.t(`reports.approval.${decision}`),
      cancelLabel: this.i18n.t('action.cancel'),
      tone: decision === 'approve' ? 'positive' : 'danger',
    });
    if (!confirmed) return;
    const done = await this.submission.run(() =>
      this.store.decide({ decision, ...(text ? { comment: text } : {}) }),
    );
    if (!done) {
      // Someone decided meanwhile, or the caller already had: show the state as it is now.
      if (this.submission.error()?.key !== 'error.validation') void this.store.reload();
      return;
    }
    this.form.reset();
    const key: TranslationKey =
      this.store.report()?.status === 'approved'
        ? 'reports.approval.nowApproved'
        : decision === 'approve'
          ? 'reports.approval.approvedByYou'
          : 'reports.approval.rejectedByYou';
    this.snackBar.open(this.i18n.t(key), this.i18n.t('action.close'), { duration: 6000 });
  }
}
