import { type CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  output,
  signal,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { type Goal, SHARED_GOAL_LIMITS as LIMITS } from '@gw/shared/contracts';
import { SharedGoalStore } from '@gw/web/shared-goal/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import {
  ErrorMessageComponent,
  GwValidators,
  StaleNoticeComponent,
  SubmitButtonComponent,
  confirm,
} from '@gw/web/shared/ui';

type GoalForm = FormGroup<{
  id: FormControl<string | null>;
  title: FormControl<string>;
  description: FormControl<string>;
}>;

const goalForm = (goal?: Goal): GoalForm =>
  new FormGroup({
    id: new FormControl<string | null>(goal?.id ?? null),
    title: new FormControl(goal?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.title)],
    }),
    description: new FormControl(goal?.description ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(LIMITS.description)],
    }),
  });

/**
 * Edits the vision and the ordered goals as one document (saved with its version). Goals are
 * reordered by dragging or, with the keyboard, by the up and down buttons.
 */
@Component({
  selector: 'gw-goal-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    DragDropModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ErrorMessageComponent,
    StaleNoticeComponent,
    SubmitButtonComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './goal-editor.component.html',
  styleUrl: './goal-editor.component.scss',
})
export class GoalEditorComponent {
  readonly closed = output<void>();

  private readonly store = inject(SharedGoalStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly limits = LIMITS;
  protected readonly form = new FormGroup({
    vision: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(LIMITS.vision)],
    }),
    goals: new FormArray<GoalForm>([], [GwValidators.maxItems(LIMITS.goals)]),
  });
  protected readonly goals = this.form.controls.goals;
  /** Told to screen readers after a goal moved. */
  protected readonly announcement = signal('');
  protected readonly submission = new FormSubmit(this.form, { explainInvalid: true });

  constructor() {
    this.fill();
  }

  protected add(): void {
    this.goals.push(goalForm());
    const index = this.goals.length - 1;
    this.focusLater(`#goal-title-${index}`);
  }

  protected async remove(index: number): Promise<void> {
    const title = this.goals.at(index).controls.title.value.trim();
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('goal.remove.title'),
      text: this.i18n.t('goal.remove.text', {
        title: title || this.i18n.t('goal.remove.untitled'),
      }),
      confirmLabel: this.i18n.t('action.remove'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    this.goals.removeAt(index);
    this.form.markAsDirty();
    this.focusLater(this.goals.length ? '.goal-actions button' : '.add-goal');
  }

  /** Moves a goal by one place; the focus stays on the button that moved it. */
  protected move(index: number, by: -1 | 1, button: 'up' | 'down'): void {
    const target = index + by;
    if (target < 0 || target >= this.goals.length) return;
    this.moveGoal(index, target);
    const edge =
      (button === 'up' && target === 0) || (button === 'down' && target === this.goals.length - 1);
    const other = button === 'up' ? 'down' : 'up';
    this.focusLater(`#goal-${edge ? other : button}-${target}`);
  }

  protected drop(event: CdkDragDrop<GoalForm[]>): void {
    this.moveGoal(event.previousIndex, event.currentIndex);
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const { vision, goals } = this.form.getRawValue();
      await this.store.save({
        vision: vision.trim(),
        goals: goals.map((goal) => ({
          ...(goal.id ? { id: goal.id } : {}),
          title: goal.title.trim(),
          description: goal.description.trim(),
        })),
      });
      this.snackBar.open(this.i18n.t('goal.saved'), undefined, { duration: 4000 });
      this.closed.emit();
    });
  }

  protected async reloadAfterConflict(): Promise<void> {
    await this.store.reload();
    this.fill();
    this.submission.reset();
  }

  private fill(): void {
    this.goals.clear();
    for (const goal of this.store.goals()) this.goals.push(goalForm(goal));
    this.form.controls.vision.setValue(this.store.goal()?.vision ?? '');
    this.form.markAsPristine();
  }

  private moveGoal(from: number, to: number): void {
    if (from === to) return;
    // The rows trade their contents (each goal keeps its id) rather than their places: moving
    // the controls within the array would leave the inputs bound to the controls they started with.
    const goals = this.goals.getRawValue();
    const [moved] = goals.splice(from, 1);
    if (moved) goals.splice(to, 0, moved);
    this.goals.setValue(goals);
    this.form.markAsDirty();
    this.announcement.set(this.i18n.t('goal.moved', { n: to + 1, total: this.goals.length }));
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
