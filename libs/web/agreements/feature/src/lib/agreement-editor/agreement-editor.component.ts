import { TextFieldModule } from '@angular/cdk/text-field';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  AGREEMENT_LIMITS,
  AGREEMENT_SECTION_KEYS,
  type AgreementContent,
  type AgreementSection,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import { AgreementStore } from '@gw/web/agreements/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { FormSubmit, problemMessage } from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, SubmitButtonComponent } from '@gw/web/shared/ui';
import { MarkdownComponent } from '../markdown/markdown.component';
import type { HasUnsavedChanges } from './unsaved-changes.guard';

type SectionForm = FormGroup<{ title: FormControl<string>; body: FormControl<string> }>;

const sectionForm = (section: AgreementSection): SectionForm =>
  new FormGroup({
    title: new FormControl(section.title, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(AGREEMENT_LIMITS.title)],
    }),
    body: new FormControl(section.body, {
      nonNullable: true,
      validators: [Validators.maxLength(AGREEMENT_LIMITS.body)],
    }),
  });

/** The API names fields `content.sections.3.body`; the form holds `sections.3.body`. */
const FIELD_MAP: Record<string, string> = Object.fromEntries(
  AGREEMENT_SECTION_KEYS.flatMap((_key, index) => [
    [`content.sections.${index}.title`, `sections.${index}.title`],
    [`content.sections.${index}.body`, `sections.${index}.body`],
  ]),
);

/**
 * `agreement/versions/:number/edit`: the coordination office edits a draft, each section's title
 * and Markdown text with a live preview. Saved with the row version it read (a stale one offers a
 * reload); leaving with unsaved changes asks first.
 */
@Component({
  selector: 'gw-agreement-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TextFieldModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ErrorMessageComponent,
    SubmitButtonComponent,
    MarkdownComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './agreement-editor.component.html',
  styleUrl: './agreement-editor.component.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class AgreementEditorComponent implements HasUnsavedChanges {
  /** Route parameter: the number of the draft. */
  readonly number = input.required<string>();

  private readonly initiatives = inject(InitiativesStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly store = inject(AgreementStore);

  protected readonly limits = AGREEMENT_LIMITS;
  protected readonly isCoordination = this.initiatives.isCoordination;
  protected readonly documentLink = computed(() => [
    '/initiatives',
    this.initiatives.initiative()?.id ?? '',
    'agreement',
  ]);
  protected readonly form = new FormGroup({ sections: new FormArray<SectionForm>([]) });
  protected readonly sections = this.form.controls.sections;
  protected readonly keys = signal<string[]>([]);
  /** What the form holds now, as the user types. */
  protected readonly current = signal<{ title: string; body: string }[]>([]);
  /** The content as last loaded or saved: what "unsaved" compares with. */
  private readonly saved = signal<AgreementContent | null>(null);
  protected readonly changed = computed(() => {
    const saved = this.saved()?.sections ?? [];
    return this.current().map(
      (section, index) =>
        section.title !== saved[index]?.title || section.body !== saved[index]?.body,
    );
  });
  protected readonly unsaved = computed(() => this.changed().some(Boolean));
  protected readonly frozen = signal(false);
  protected readonly draft = computed(() => {
    const version = this.store.version();
    return version && version.number === Number(this.number()) ? version : null;
  });
  protected readonly loadError = computed(() => {
    const error = this.store.versionError();
    return error ? problemMessage(error) : null;
  });
  protected readonly submission = new FormSubmit(this.form, {
    explainInvalid: true,
    fieldMap: FIELD_MAP,
    // A stale version is FormSubmit's own `stale`; a frozen one gets its own message here.
    message: (problem) => {
      if (problem.type !== PROBLEM_TYPES.frozenVersion) return problemMessage(problem);
      this.frozen.set(true);
      return null;
    },
  });

  constructor() {
    effect(() => {
      const number = Number(this.number());
      if (this.store.artifact() && Number.isInteger(number) && number > 0) {
        untracked(() => void this.store.select(number));
      }
    });
    effect(() => {
      const draft = this.draft();
      if (draft?.status === 'draft' && untracked(() => this.saved()) === null) {
        untracked(() => this.fill(draft.content));
      }
    });
    this.form.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.current.set(this.form.getRawValue().sections));
  }

  hasUnsavedChanges(): boolean {
    return this.unsaved();
  }

  /** How many comments on the section at `index` are still open. */
  protected openComments(index: number): number {
    const key = this.keys()[index];
    return key ? (this.store.openCommentCounts()[key] ?? 0) : 0;
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    // The browser asks "leave the page?" in its own words; the text is not shown any more.
    if (this.unsaved()) event.preventDefault();
  }

  protected async save(): Promise<void> {
    const sent = this.content();
    const saved = await this.submission.run(async () => {
      const version = await this.store.save(sent);
      this.saved.set(version.content);
      // The API removes HTML from the texts: show what it kept.
      if (JSON.stringify(version.content) !== JSON.stringify(sent)) this.fill(version.content);
      this.form.markAsPristine();
    });
    if (saved) {
      this.snackBar.open(this.i18n.t('agreement.editor.saved'), undefined, { duration: 3000 });
    }
  }

  /** After someone else saved: their text replaces the form (the user was told so). */
  protected async reloadAfterConflict(): Promise<void> {
    await this.store.reloadVersion();
    const version = this.store.version();
    if (version) this.fill(version.content);
    this.submission.reset();
  }

  private content(): AgreementContent {
    const keys = this.keys();
    return {
      sections: this.form.getRawValue().sections.map((section, index) => ({
        key: keys[index] as AgreementSection['key'],
        title: section.title.trim(),
        body: section.body,
      })),
    };
  }

  private fill(content: AgreementContent): void {
    if (this.sections.length === content.sections.length) {
      // Same sections: refill the controls in place, so the fields (and the focus) stay.
      content.sections.forEach(({ title, body }, index) =>
        this.sections.at(index).reset({ title, body }, { emitEvent: false }),
      );
    } else {
      this.sections.clear({ emitEvent: false });
      for (const section of content.sections) {
        this.sections.push(sectionForm(section), { emitEvent: false });
      }
    }
    this.keys.set(content.sections.map((section) => section.key));
    this.saved.set(content);
    this.current.set(this.form.getRawValue().sections);
    this.form.markAsPristine();
  }
}
