import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
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
  type ApprovalQuorum,
  type ApprovalRequest,
  type ArtifactVersionSummary,
  type UserRef,
  type VersionStatus,
} from '@gw/shared/contracts';
import { approvalProgress } from '@gw/web/artifacts/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { AuthStore, FormSubmit } from '@gw/web/shared/data-access';
import {
  FieldErrorPipe,
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
} from '@gw/web/shared/i18n';
import { ErrorMessageComponent, SubmitButtonComponent, confirm } from '@gw/web/shared/ui';
import type { TextPrefix } from '../text-prefix';

/** The texts of the panel, found under the kind's prefix (`baselines.approval.title`, …). */
export type ApprovalText =
  | 'title'
  | 'progress'
  | 'progressOne'
  | 'decisions'
  | 'approvedOn'
  | 'rejectedOn'
  | 'open'
  | 'notDecided'
  | 'former'
  | 'yourDecision'
  | 'yourDecisionHint'
  | 'comment'
  | 'commentHint'
  | 'commentForRejection'
  | 'approve'
  | 'reject'
  | 'approve.title'
  | 'approve.text'
  | 'reject.title'
  | 'reject.text'
  | 'approvedByYou'
  | 'rejectedByYou'
  | 'nowApproved'
  | 'youApproved'
  | 'youRejected'
  | 'notAsked';

/** What the panel shows of the version decided on. */
export type ApprovalSubject = Pick<ArtifactVersionSummary, 'number' | 'status' | 'contentHash'>;

/** The states in which a submitted version waits for the steering group (see VERSION_STATUSES). */
const AWAITING_APPROVAL: readonly VersionStatus[] = ['submitted', 'in_review'];

/** One steering member asked, with their decision once made. */
interface ApproverLine {
  person: UserRef;
  approval: Approval | null;
}

/**
 * The steering group's approval of a submitted version (a baseline, an impact report): the rule
 * and how far it is met („2 von 3 nötigen Zustimmungen“), who decided how with their comments,
 * and for a steering member asked at submission who has not decided yet, „Zustimmen“ and
 * „Ablehnen“ (a rejection needs a comment; both are confirmed). Knows no store: the host records
 * the decision (`decide`) and reloads on `stale`.
 */
@Component({
  selector: 'gw-approval-panel',
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
  /** The version decided on; its number is `{n}` in the texts, its hash is shown to deciders. */
  readonly version = input.required<ApprovalSubject>();
  /** Where its approval stands, as `GET …/versions/:n/approvals` sends it. */
  readonly overview = input.required<ApprovalOverview>();
  /** The prefix of the kind's texts, e.g. `'baselines.approval'` or `'reports.approval'`. */
  readonly texts = input.required<TextPrefix<ApprovalText>>();
  /** The rule's name, e.g. „Alle“. */
  readonly quorumKey = input.required<(quorum: ApprovalQuorum) => TranslationKey>();
  /** What the rule means, if the kind explains it after the name („Alle: Jedes …“). */
  readonly quorumHintKey = input<((quorum: ApprovalQuorum) => TranslationKey) | null>(null);
  /**
   * Records the caller's decision and refreshes what the host shows; resolves with the version's
   * state afterwards (to tell „… ist freigegeben“), rejects with the API's error, which the
   * panel shows at its form.
   */
  readonly decide = input.required<(request: ApprovalRequest) => Promise<VersionStatus | null>>();
  /**
   * A decision failed for a reason other than the form (someone decided meanwhile, or the caller
   * already had): the host should reload the version and its overview.
   */
  readonly stale = output<void>();

  private readonly initiatives = inject(InitiativesStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly limits = APPROVAL_LIMITS;
  protected readonly progress = computed(() => approvalProgress(this.overview()));
  protected readonly progressKey = computed(() =>
    this.key(this.progress().needed === 1 ? 'progressOne' : 'progress'),
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
  /** Decisions of people no longer on the list (a deleted account): still shown. */
  protected readonly others = computed(() => {
    const asked = new Set(this.overview().approvers.map((person) => person.userId));
    return this.overview().approvals.filter(
      (item) => !item.approver || !asked.has(item.approver.userId),
    );
  });
  protected readonly waiting = computed(() => AWAITING_APPROVAL.includes(this.version().status));
  /** A steering member who was not asked: joined after the submission. */
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

  /** The kind's text, e.g. `baselines.approval.title`. */
  protected key(name: ApprovalText): TranslationKey {
    return `${this.texts()}.${name}`;
  }

  protected async submitDecision(decision: ApprovalDecision): Promise<void> {
    const comment = this.form.controls.comment;
    const text = comment.value.trim();
    if (decision === 'reject' && !text) {
      comment.setErrors({ ...comment.errors, commentForRejection: true });
      comment.markAsTouched();
      this.host.nativeElement.querySelector('textarea')?.focus();
      return;
    }
    const n = this.version().number;
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t(this.key(`${decision}.title`), { n }),
      text: this.i18n.t(this.key(`${decision}.text`), { needed: this.progress().needed }),
      confirmLabel: this.i18n.t(this.key(decision)),
      cancelLabel: this.i18n.t('action.cancel'),
      tone: decision === 'approve' ? 'positive' : 'danger',
    });
    if (!confirmed) return;
    const after: { status: VersionStatus | null } = { status: null };
    const done = await this.submission.run(async () => {
      after.status = await this.decide()({ decision, ...(text ? { comment: text } : {}) });
    });
    if (!done) {
      // Someone decided meanwhile, or the caller already had: show the state as it is now.
      if (this.submission.error()?.key !== 'error.validation') this.stale.emit();
      return;
    }
    this.form.reset();
    const said: ApprovalText =
      after.status === 'approved'
        ? 'nowApproved'
        : decision === 'approve'
          ? 'approvedByYou'
          : 'rejectedByYou';
    this.snackBar.open(this.i18n.t(this.key(said), { n }), this.i18n.t('action.close'), {
      duration: 6000,
    });
  }
}
