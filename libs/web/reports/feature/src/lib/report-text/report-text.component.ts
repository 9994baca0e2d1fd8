import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { REPORT_LIMITS } from '@gw/shared/contracts';
import { ReportStore } from '@gw/web/reports/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import {
  ErrorMessageComponent,
  StaleNoticeComponent,
  SubmitButtonComponent,
} from '@gw/web/shared/ui';

/**
 * A text of a report: the summary (`goalId` null) or the narrative of one goal. Read as written;
 * in a draft, for those who write it, a field saved on its own with the version last read. After
 * a conflict the field keeps what the user typed and shows what was saved meanwhile.
 */
@Component({
  selector: 'gw-report-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorMessageComponent,
    StaleNoticeComponent,
    SubmitButtonComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './report-text.component.html',
  styleUrl: './report-text.component.scss',
})
export class ReportTextComponent {
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  /** The goal whose narrative this is; null for the summary. */
  readonly goalId = input<string | null>(null);
  readonly editable = input(false);
  readonly emptyText = input.required<string>();

  private readonly store = inject(ReportStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly limit = REPORT_LIMITS.narrative;
  protected readonly form = new FormGroup({
    text: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(REPORT_LIMITS.narrative)],
    }),
  });
  protected readonly submission = new FormSubmit(this.form);
  /** Someone else's text, saved while this one was being edited. */
  protected readonly meanwhile = signal<string | null>(null);
  /** The saved text the user's edit started from. */
  private base = '';

  constructor() {
    effect(() => {
      const value = this.value();
      untracked(() => this.follow(value));
    });
  }

  protected async save(): Promise<void> {
    const text = this.form.controls.text.value;
    const goalId = this.goalId();
    const saved = await this.submission.run(() =>
      this.store.saveText(goalId === null ? { summary: text } : { goalId, narrative: text }),
    );
    if (!saved) return;
    this.base = text;
    this.meanwhile.set(null);
    this.form.markAsPristine();
    this.snackBar.open(this.i18n.t('reports.text.saved'), undefined, { duration: 3000 });
  }

  protected async reloadAfterConflict(): Promise<void> {
    await this.store.reload();
    this.submission.reset();
  }

  /** A new saved text replaces the field unless the user is editing it. */
  private follow(value: string): void {
    const control = this.form.controls.text;
    if (!control.dirty) {
      control.setValue(value);
      this.base = value;
      this.meanwhile.set(null);
    } else if (value !== this.base) {
      this.base = value;
      this.meanwhile.set(value);
    }
  }
}
