import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  PROBLEM_TYPES,
  type Phase,
  type PhaseTransition,
  TRANSITION_LIMITS,
  type TransitionDecision,
} from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { PhasesStore } from '@gw/web/phases/data-access';
import { FormSubmit, type Problem, problemMessage, toProblem } from '@gw/web/shared/data-access';
import {
  FieldErrorPipe,
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
  phaseKey,
} from '@gw/web/shared/i18n';
import { ErrorMessageComponent, SubmitButtonComponent, confirm } from '@gw/web/shared/ui';

/** Why a phase cannot begin yet, by the phase that would begin (the API's detail is English). */
const PRECONDITIONS: Partial<Record<Phase, TranslationKey>> = {
  gestaltung: 'phases.transition.precondition.gestaltung',
  umsetzung: 'phases.transition.precondition.umsetzung',
};

/**
 * The move to the next phase: coordination proposes it with a rationale (and learns why it is
 * refused while the product of the phase is missing); everyone sees a pending proposal; the
 * steering group approves or rejects it with a comment.
 */
@Component({
  selector: 'gw-transition-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ErrorMessageComponent,
    SubmitButtonComponent,
    TranslatePipe,
    FieldErrorPipe,
    LocalDatePipe,
  ],
  templateUrl: './transition-panel.component.html',
  styleUrl: './transition-panel.component.scss',
})
export class TransitionPanelComponent {
  readonly canPropose = input(false);
  readonly canDecide = input(false);

  protected readonly store = inject(PhasesStore);
  private readonly initiatives = inject(InitiativesStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly phaseKey = phaseKey;
  protected readonly limits = TRANSITION_LIMITS;
  protected readonly proposing = signal(false);
  /** The reason a proposal was refused because the current phase's product is missing. */
  protected readonly refusal = signal<TranslationKey | null>(null);

  protected readonly proposal = new FormGroup({
    rationale: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TRANSITION_LIMITS.rationale)],
    }),
  });
  protected readonly proposalSubmit = new FormSubmit(this.proposal, {
    message: (problem) => this.explainRefusal(problem),
  });

  protected readonly decision = new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(TRANSITION_LIMITS.comment)],
    }),
  });
  protected readonly decisionSubmit = new FormSubmit(this.decision, {
    message: (problem) => this.explainRefusal(problem),
  });

  protected startProposal(): void {
    this.proposal.reset();
    this.proposalSubmit.reset();
    this.refusal.set(null);
    this.proposing.set(true);
  }

  protected async propose(): Promise<void> {
    const to = this.store.nextPhase();
    if (!to) return;
    this.refusal.set(null);
    await this.proposalSubmit.run(async () => {
      await this.store.propose(to, this.proposal.controls.rationale.value.trim());
      this.proposing.set(false);
      this.notify(this.i18n.t('phases.transition.proposed'));
    });
  }

  protected async decide(transition: PhaseTransition, decision: TransitionDecision): Promise<void> {
    const phase = this.i18n.t(phaseKey(decision === 'approve' ? transition.to : transition.from));
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t(`phases.transition.${decision}.title`),
      text: this.i18n.t(`phases.transition.${decision}.text`, { phase }),
      confirmLabel: this.i18n.t(`phases.transition.${decision}`),
      cancelLabel: this.i18n.t('action.cancel'),
      tone: decision === 'approve' ? 'positive' : 'danger',
    });
    if (!confirmed) return;
    this.refusal.set(null);
    await this.decisionSubmit.run(async () => {
      const decided = await this.store.decide(
        transition,
        decision,
        this.decision.controls.comment.value.trim(),
      );
      this.decision.reset();
      if (decided.status === 'approved') {
        await this.initiatives.reload();
        this.notify(this.i18n.t('phases.transition.approved', { phase }));
      } else {
        this.notify(this.i18n.t('phases.transition.rejected'));
      }
    });
  }

  protected async withdraw(transition: PhaseTransition): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('phases.transition.withdraw.title'),
      text: this.i18n.t('phases.transition.withdraw.text'),
      confirmLabel: this.i18n.t('phases.transition.withdraw'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    try {
      await this.store.withdraw(transition);
      this.notify(this.i18n.t('phases.transition.withdrawn'));
    } catch (error) {
      this.notify(this.i18n.t(this.conflictReloads(toProblem(error)).key));
    }
  }

  /** A missing product of the current phase refuses a proposal, and an approval too. */
  private explainRefusal(problem: Problem) {
    const to = this.store.nextPhase();
    const reason = to ? PRECONDITIONS[to] : undefined;
    if (problem.type === PROBLEM_TYPES.phasePrecondition && reason) {
      this.refusal.set(reason);
      return null;
    }
    return this.conflictReloads(problem);
  }

  /** Someone else proposed, decided or withdrew meanwhile: show the state as it is now. */
  private conflictReloads(problem: Problem) {
    if (problem.status === 409) {
      void this.store.reload();
      void this.initiatives.reload();
    }
    return problemMessage(problem);
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
