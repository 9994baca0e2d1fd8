import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
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
import {
  FormSubmit,
  type ProblemMessage,
  problemMessage,
  toProblem,
} from '@gw/web/shared/data-access';
import {
  FieldErrorPipe,
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
} from '@gw/web/shared/i18n';
import { ErrorMessageComponent, SubmitButtonComponent } from '@gw/web/shared/ui';
import type { TextPrefix } from '../text-prefix';

/** The texts of the comments, found under the kind's prefix (`reports.comments.add`, …). */
export type CommentText =
  | 'someone'
  | 'resolve'
  | 'resolveLabel'
  | 'resolvedBy'
  | 'new'
  | 'add'
  | 'added'
  | 'readOnly';

/** The texts for choosing a section, for a kind that offers several (`reports.comments.on`, …). */
export type CommentSectionText = 'section' | 'on';

/** A part of the artifact a comment is about, e.g. the report's summary or a goal. */
export interface CommentSection {
  /** The API's `sectionKey`, e.g. `summary` or `goal:<id>`. */
  key: string;
  title: string;
}

/**
 * The members' comments on a version: each with its author, date and text, the resolved ones
 * with who marked them done; „Erledigt“ for those who may resolve, and a field to write one for
 * every role but observers. Knows no store: the host lists the comments to show (all, or only the
 * open ones) and records what is written (`add`) and resolved (`resolve`).
 */
@Component({
  selector: 'gw-artifact-comments',
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
  templateUrl: './artifact-comments.component.html',
  styleUrl: './artifact-comments.component.scss',
})
export class ArtifactCommentsComponent {
  /** The comments to list, in this order. */
  readonly comments = input.required<ArtifactComment[]>();
  /** The sections one may comment on; a new comment is about the first unless one is chosen. */
  readonly sections = input.required<CommentSection[]>();
  /** The prefix of the kind's texts, e.g. `'reports.comments'` or `'agreement.comments'`. */
  readonly texts = input.required<TextPrefix<CommentText>>();
  /**
   * With these texts the form offers the sections to choose from, and each comment names its
   * section; without them every comment is about the first section (one section's thread).
   */
  readonly sectionTexts = input<TextPrefix<CommentSectionText> | null>(null);
  /** What an empty list says, e.g. „Noch keine Kommentare zu diesem Abschnitt.“ */
  readonly emptyKey = input.required<TranslationKey>();
  /** What is said once a comment is marked done, if the kind says anything. */
  readonly resolvedKey = input<TranslationKey | null>(null);
  readonly canComment = input(false);
  readonly canResolve = input(false);
  /** Records a new comment on a section; rejects with the API's error, shown at the form. */
  readonly add = input.required<(sectionKey: string, body: string) => Promise<unknown>>();
  /** Marks a comment done; rejects with the API's error, shown above the list. */
  readonly resolve = input.required<(commentId: string) => Promise<unknown>>();

  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly limits = COMMENT_LIMITS;
  private readonly titles = computed(
    () => new Map(this.sections().map((section) => [section.key, section.title])),
  );
  protected readonly resolving = signal<string | null>(null);
  protected readonly resolveError = signal<ProblemMessage | null>(null);
  protected readonly form = new FormGroup({
    section: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(COMMENT_LIMITS.body)],
    }),
  });
  protected readonly submission = new FormSubmit(this.form, {
    fieldMap: { sectionKey: 'section' },
  });
  private readonly formDirective = viewChild(FormGroupDirective);

  constructor() {
    // The chosen section stays while it is offered; otherwise the first one is.
    effect(() => {
      const keys = this.sections().map((section) => section.key);
      untracked(() => {
        const section = this.form.controls.section;
        if (!keys.includes(section.value)) section.setValue(keys[0] ?? '');
      });
    });
  }

  /** The kind's text, e.g. `reports.comments.add`. */
  protected key(name: CommentText): TranslationKey {
    return `${this.texts()}.${name}`;
  }

  protected sectionKey(name: CommentSectionText): TranslationKey | null {
    const prefix = this.sectionTexts();
    return prefix ? `${prefix}.${name}` : null;
  }

  protected sectionTitle(comment: ArtifactComment): string {
    return this.titles().get(comment.sectionKey) ?? comment.sectionKey;
  }

  protected async send(): Promise<void> {
    const { section, body } = this.form.getRawValue();
    const sent = await this.submission.run(() => this.add()(section, body.trim()));
    if (!sent) return;
    // Also forgets that the form was submitted, so the empty field shows no error.
    this.formDirective()?.resetForm({ section, body: '' });
    this.snackBar.open(this.i18n.t(this.key('added')), undefined, { duration: 3000 });
  }

  protected async markDone(comment: ArtifactComment): Promise<void> {
    if (this.resolving()) return;
    this.resolving.set(comment.id);
    this.resolveError.set(null);
    try {
      await this.resolve()(comment.id);
      const said = this.resolvedKey();
      if (said) this.snackBar.open(this.i18n.t(said), undefined, { duration: 3000 });
    } catch (error) {
      this.resolveError.set(problemMessage(toProblem(error)));
    } finally {
      this.resolving.set(null);
    }
  }
}
