import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  ElementRef,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import {
  type ProblemMessage,
  applyProblemToForm,
  problemMessage,
  toProblem,
} from '@gw/web/shared/data-access';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  roleKey,
  targetGroupKey,
} from '@gw/web/shared/i18n';
import {
  ErrorMessageComponent,
  PhaseStepperComponent,
  SubmitButtonComponent,
  focusFirstInvalidField,
} from '@gw/web/shared/ui';
import {
  createInitiativeForm,
  initiativeFormValue,
  toInitiativeRequest,
} from '../initiative-form/initiative-form';
import { InitiativeFormComponent } from '../initiative-form/initiative-form.component';

/** `/initiatives/:id`: the phases and the profile; the coordination office can edit it. */
@Component({
  selector: 'gw-initiative-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatIconModule,
    PhaseStepperComponent,
    ErrorMessageComponent,
    SubmitButtonComponent,
    InitiativeFormComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './initiative-overview.component.html',
  styleUrl: './initiative-overview.component.scss',
})
export class InitiativeOverviewComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly store = inject(InitiativesStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly roleKey = roleKey;
  protected readonly form = createInitiativeForm();
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly stale = signal(false);
  protected readonly error = signal<ProblemMessage | null>(null);

  /** "Please check the highlighted fields" only while some still are. */
  protected visibleError(): ProblemMessage | null {
    const error = this.error();
    return error?.key === 'error.validation' && this.form.valid ? null : error;
  }
  protected readonly targetGroups = computed(() => {
    const initiative = this.store.initiative();
    if (!initiative) return [];
    return [
      ...initiative.targetGroups.map((group) => this.i18n.t(targetGroupKey(group))),
      ...initiative.customTargetGroups,
    ];
  });

  protected edit(): void {
    const initiative = this.store.initiative();
    if (!initiative) return;
    this.form.reset(initiativeFormValue(initiative));
    this.error.set(null);
    this.stale.set(false);
    this.editing.set(true);
  }

  protected cancel(): void {
    this.editing.set(false);
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      this.error.set({ key: 'error.validation' });
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      await this.store.update(toInitiativeRequest(this.form));
      this.editing.set(false);
      this.snackBar.open(this.i18n.t('initiatives.edit.saved'), undefined, { duration: 4000 });
    } catch (error) {
      const problem = toProblem(error);
      if (problem.type === PROBLEM_TYPES.staleVersion) {
        this.stale.set(true);
      } else {
        applyProblemToForm(this.form, problem);
        this.error.set(problemMessage(problem));
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** After a conflict: show the other person's version and start editing from there. */
  protected async reloadAfterConflict(): Promise<void> {
    await this.store.reload();
    this.edit();
  }
}
