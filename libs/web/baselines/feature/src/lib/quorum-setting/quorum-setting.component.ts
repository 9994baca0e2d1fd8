import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { APPROVAL_QUORUMS, type ApprovalQuorum } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import {
  ErrorMessageComponent,
  StaleNoticeComponent,
  SubmitButtonComponent,
} from '@gw/web/shared/ui';
import { quorumHintKey, quorumKey } from '../baseline-keys';

/**
 * How many steering members must approve a baseline (and later a report): all, a majority, or
 * one. The coordination office sets it (with the initiative's version, so that a change made
 * meanwhile is not overwritten); everyone else reads the rule.
 */
@Component({
  selector: 'gw-quorum-setting',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatRadioModule,
    ErrorMessageComponent,
    StaleNoticeComponent,
    SubmitButtonComponent,
    TranslatePipe,
  ],
  templateUrl: './quorum-setting.component.html',
  styleUrl: './quorum-setting.component.scss',
})
export class QuorumSettingComponent {
  protected readonly initiatives = inject(InitiativesStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly quorums = APPROVAL_QUORUMS;
  protected readonly quorumKey = quorumKey;
  protected readonly quorumHintKey = quorumHintKey;
  protected readonly isCoordination = this.initiatives.isCoordination;

  protected readonly form = new FormGroup({
    quorum: new FormControl<ApprovalQuorum>('majority', { nonNullable: true }),
  });
  protected readonly submission = new FormSubmit(this.form);

  constructor() {
    // The rule as saved; a change of someone else arrives with the initiative.
    effect(() => {
      const quorum = this.initiatives.initiative()?.approvalQuorum;
      if (quorum) untracked(() => this.form.reset({ quorum }));
    });
  }

  protected async save(): Promise<void> {
    const quorum = this.form.controls.quorum.value;
    const saved = await this.submission.run(() =>
      this.initiatives.update({ approvalQuorum: quorum }),
    );
    if (saved) {
      this.snackBar.open(
        this.i18n.t('baselines.quorum.saved', { rule: this.i18n.t(quorumKey(quorum)) }),
        this.i18n.t('action.close'),
        { duration: 5000 },
      );
    }
  }

  /** After a conflict: the initiative as someone else saved it, and the rule it has now. */
  protected async reloadAfterConflict(): Promise<void> {
    await this.initiatives.reload();
    this.submission.reset();
  }
}
