import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { PhasesStore } from '@gw/web/phases/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  phaseKey,
  roleKey,
  targetGroupKey,
} from '@gw/web/shared/i18n';
import {
  ErrorMessageComponent,
  PhaseStepperComponent,
  StaleNoticeComponent,
  SubmitButtonComponent,
} from '@gw/web/shared/ui';
import { TodoListComponent } from '@gw/web/todos/feature';
import {
  createInitiativeForm,
  initiativeFormValue,
  toInitiativeUpdate,
} from '../initiative-form/initiative-form';
import { InitiativeFormComponent } from '../initiative-form/initiative-form.component';

/**
 * `/initiatives/:id`: what waits for the user here, the phases with their steps (from the API), a
 * pending proposal to move on, and the profile, which the coordination office can edit.
 */
@Component({
  selector: 'gw-initiative-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    PhaseStepperComponent,
    ErrorMessageComponent,
    StaleNoticeComponent,
    SubmitButtonComponent,
    InitiativeFormComponent,
    TodoListComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './initiative-overview.component.html',
  styleUrl: './initiative-overview.component.scss',
})
export class InitiativeOverviewComponent {
  protected readonly store = inject(InitiativesStore);
  protected readonly phases = inject(PhasesStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly roleKey = roleKey;
  protected readonly phaseKey = phaseKey;
  protected readonly form = createInitiativeForm();
  protected readonly editing = signal(false);
  protected readonly submission = new FormSubmit(this.form, { explainInvalid: true });
  protected readonly targetGroups = computed(() => {
    const initiative = this.store.initiative();
    if (!initiative) return [];
    return [
      ...initiative.targetGroups.map((group) => this.i18n.t(targetGroupKey(group))),
      ...initiative.customTargetGroups,
    ];
  });

  constructor() {
    // The steps and a pending proposal; again when the phase changes (an approval elsewhere).
    effect(() => {
      const id = this.store.access()?.id;
      if (id) untracked(() => void this.phases.load(id, { withTransitions: true }));
    });
  }

  protected edit(): void {
    const initiative = this.store.initiative();
    if (!initiative) return;
    this.form.reset(initiativeFormValue(initiative));
    this.submission.reset();
    this.editing.set(true);
  }

  protected cancel(): void {
    this.editing.set(false);
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      await this.store.update(toInitiativeUpdate(this.form));
      this.editing.set(false);
      this.snackBar.open(this.i18n.t('initiatives.edit.saved'), undefined, { duration: 4000 });
    });
  }

  /** After a conflict: show the other person's version and start editing from there. */
  protected async reloadAfterConflict(): Promise<void> {
    await this.store.reload();
    this.edit();
  }
}
