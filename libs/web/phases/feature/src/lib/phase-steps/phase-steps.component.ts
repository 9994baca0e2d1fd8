import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  type Member,
  PROBLEM_TYPES,
  type PhaseOverview,
  STEP_STATUSES,
  type Step,
  type StepStatus,
} from '@gw/shared/contracts';
import { PhasesStore } from '@gw/web/phases/data-access';
import { problemMessage, toProblem } from '@gw/web/shared/data-access';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
  phaseKey,
  stepStatusKey,
} from '@gw/web/shared/i18n';
import { STEP_STATUS_ICONS, confirm, openFormDialog, toIsoDate } from '@gw/web/shared/ui';
import { StepDialogComponent, type StepDialogData } from '../step-dialog/step-dialog.component';
import { stepLabel } from '../step-label';

interface StepView {
  step: Step;
  label: string;
  icon: string;
  overdue: boolean;
}

const STATE_LABELS: Record<'done' | 'current' | 'upcoming', TranslationKey> = {
  done: 'phase.state.done',
  current: 'phase.state.current',
  upcoming: 'phase.state.upcoming',
};

/** One phase with its steps; the coordination office changes, adds and removes them. */
@Component({
  selector: 'gw-phase-steps',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatSelectModule, TranslatePipe, LocalDatePipe],
  templateUrl: './phase-steps.component.html',
  styleUrl: './phase-steps.component.scss',
})
export class PhaseStepsComponent {
  readonly overview = input.required<PhaseOverview>();
  readonly number = input.required<number>();
  /** The caller may edit steps (coordination); a finished phase's steps stay read-only anyway. */
  readonly canEdit = input(false);
  readonly members = input<Member[]>([]);

  private readonly store = inject(PhasesStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly statuses = STEP_STATUSES;
  protected readonly statusKey = stepStatusKey;
  protected readonly phaseKey = phaseKey;
  /** The API refuses changes to a finished phase's steps: they record what was done then. */
  protected readonly editable = computed(() => this.canEdit() && !this.overview().completed);
  protected readonly state = computed(() => {
    const overview = this.overview();
    return STATE_LABELS[overview.current ? 'current' : overview.completed ? 'done' : 'upcoming'];
  });
  protected readonly steps = computed<StepView[]>(() => {
    this.i18n.lang();
    const today = toIsoDate(new Date()) ?? '';
    return [...this.overview().steps]
      .sort((a, b) => a.position - b.position)
      .map((step) => ({
        step,
        label: stepLabel(step, this.i18n),
        icon: STEP_STATUS_ICONS[step.status],
        overdue:
          !!step.dueDate &&
          step.dueDate < today &&
          (step.status === 'open' || step.status === 'in_progress'),
      }));
  });
  protected readonly finished = computed(
    () =>
      this.overview().steps.filter(
        (step) => step.status === 'done' || step.status === 'not_applicable',
      ).length,
  );

  protected async changeStatus(view: StepView, status: StepStatus): Promise<void> {
    try {
      await this.store.updateStep(view.step, { status });
      this.notify(
        this.i18n.t('phases.step.statusChanged', {
          step: view.label,
          status: this.i18n.t(stepStatusKey(status)),
        }),
      );
    } catch (error) {
      const problem = toProblem(error);
      await this.store.reload();
      this.notify(
        problem.type === PROBLEM_TYPES.staleVersion
          ? this.i18n.t('phases.step.staleQuick', { step: view.label })
          : this.i18n.t(problemMessage(problem).key),
      );
    }
  }

  protected async edit(view: StepView): Promise<void> {
    await this.openDialog({ phase: view.step.phase, step: view.step, members: this.members() });
  }

  protected async add(): Promise<void> {
    await this.openDialog({ phase: this.overview().phase, step: null, members: this.members() });
  }

  protected async remove(view: StepView): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('phases.step.delete.title'),
      text: this.i18n.t('phases.step.delete.text', {
        step: view.label,
        phase: this.i18n.t(phaseKey(view.step.phase)),
      }),
      confirmLabel: this.i18n.t('action.delete'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    try {
      await this.store.deleteStep(view.step);
      this.notify(this.i18n.t('phases.step.deleted'));
    } catch (error) {
      this.notify(this.i18n.t(problemMessage(toProblem(error)).key));
    }
  }

  private async openDialog(data: StepDialogData): Promise<void> {
    const saved = await openFormDialog<StepDialogComponent, StepDialogData, Step>(
      this.dialog,
      StepDialogComponent,
      data,
      this.injector,
    );
    if (saved) this.notify(this.i18n.t(data.step ? 'phases.step.saved' : 'phases.step.created'));
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
