import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { type ArtifactComment, COMMENT_LIMITS } from '@gw/shared/contracts';
import { ReportStore } from '@gw/web/reports/data-access';
import {
  FormSubmit,
  type ProblemMessage,
  problemMessage,
  toProblem,
} from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, SubmitButtonComponent } from '@gw/web/shared/ui';

/** A part of the report a comment is about: the summary (`summary`) or a goal (`goal:<id>`). */
export interface CommentSection {
  key: string;
  title: string;
}

/**
 * The comments on the shown version: read by all, written by every role but observers (on the
 * summary or a goal, the sections the API knows), marked done by the coordination office.
 */
@Component({
  selector: 'gw-report-comments',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ErrorMessageComponent,
    SubmitButtonComponent,
    TranslatePipe,
    LocalDatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './report-comments.component.html',
  styleUrl: './report-comments.component.scss',
})
export class ReportCommentsComponent {
  readonly sections = input.required<CommentSection[]>();
  readonly canComment = input(false);
  readonly canResolve = input(false);

  protected readonly store = inject(ReportStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly limits = COMMENT_LIMITS;
  private readonly titles = computed(
    () => new Map(this.sections().map((section) => [section.key, section.title])),
  );
  protected readonly resolving = signal<string | null>(null);
  protected readonly resolveError = signal<ProblemMessage | null>(null);
  protected readonly form = new FormGroup({
    section: new FormControl('summary', { nonNullable: true, validators: [Validators.required] }),
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(COMMENT_LIMITS.body)],
    }),
  });
  protected readonly submission = new FormSubmit(this.form, {
    fieldMap: { sectionKey: 'section' },
  });
  private readonly formDirective = viewChild(FormGroupDirective);

  protected sectionTitle(comment: ArtifactComment): string {
    return this.titles().get(comment.sectionKey) ?? comment.sectionKey;
  }

  protected async add(): Promise<void> {
    const { section, body } = this.form.getRawValue();
    const sent = await this.submission.run(() => this.store.addComment(section, body.trim()));
    if (!sent) return;
    // Also forgets that the form was submitted, so the empty field shows no error.
    this.formDirective()?.resetForm({ section, body: '' });
    this.snackBar.open(this.i18n.t('reports.comments.added'), undefined, { duration: 3000 });
  }

  protected async resolve(comment: ArtifactComment): Promise<void> {
    if (this.resolving()) return;
    this.resolving.set(comment.id);
    this.resolveError.set(null);
    try {
      await this.store.resolveComment(comment.id);
    } catch (error) {
      this.resolveError.set(problemMessage(toProblem(error)));
    } finally {
      this.resolving.set(null);
    }
  }
}
