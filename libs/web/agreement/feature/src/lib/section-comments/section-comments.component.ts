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
import { MatSnackBar } from '@angular/material/snack-bar';
import { type ArtifactComment, COMMENT_LIMITS } from '@gw/shared/contracts';
import { AgreementStore } from '@gw/web/agreement/data-access';
import {
  FormSubmit,
  type ProblemMessage,
  problemMessage,
  toProblem,
} from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, SubmitButtonComponent } from '@gw/web/shared/ui';

/**
 * The comments on one section: read by all, written by every role but observers, resolved by
 * the coordination office. Resolved ones show only on request.
 */
@Component({
  selector: 'gw-section-comments',
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
    LocalDatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './section-comments.component.html',
  styleUrl: './section-comments.component.scss',
})
export class SectionCommentsComponent {
  readonly sectionKey = input.required<string>();
  readonly sectionTitle = input.required<string>();
  readonly comments = input.required<ArtifactComment[]>();
  readonly showResolved = input(false);
  readonly canComment = input(false);
  readonly canResolve = input(false);

  private readonly store = inject(AgreementStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly limits = COMMENT_LIMITS;
  protected readonly visible = computed(() =>
    this.showResolved() ? this.comments() : this.comments().filter((c) => !c.resolvedAt),
  );
  protected readonly resolving = signal<string | null>(null);
  protected readonly resolveError = signal<ProblemMessage | null>(null);
  protected readonly form = new FormGroup({
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(COMMENT_LIMITS.body)],
    }),
  });
  protected readonly submission = new FormSubmit(this.form);
  private readonly formDirective = viewChild(FormGroupDirective);

  protected async add(): Promise<void> {
    const sent = await this.submission.run(() =>
      this.store.addComment(this.sectionKey(), this.form.getRawValue().body.trim()),
    );
    if (!sent) return;
    // Also forgets that the form was submitted, so the empty field shows no error.
    this.formDirective()?.resetForm();
    this.snackBar.open(this.i18n.t('agreement.comments.added'), undefined, { duration: 3000 });
  }

  protected async resolve(comment: ArtifactComment): Promise<void> {
    if (this.resolving()) return;
    this.resolving.set(comment.id);
    this.resolveError.set(null);
    try {
      await this.store.resolveComment(comment.id);
      this.snackBar.open(this.i18n.t('agreement.comments.resolvedDone'), undefined, {
        duration: 3000,
      });
    } catch (error) {
      this.resolveError.set(problemMessage(toProblem(error)));
    } finally {
      this.resolving.set(null);
    }
  }
}
