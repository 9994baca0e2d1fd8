import { ElementRef, inject, signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { focusFirstInvalidField } from './focus-invalid';
import {
  type Problem,
  type ProblemMessage,
  applyProblemToForm,
  problemMessage,
  toProblem,
} from './problem';

export interface FormSubmitOptions {
  /** Also say "please check the highlighted fields" when an invalid form is refused. */
  explainInvalid?: boolean;
  /**
   * The message for a failed request, after its field errors went to the controls; `null` shows
   * none (the caller shows the problem its own way). Default: by type, else by status.
   */
  message?: (problem: Problem) => ProblemMessage | null;
  /** Where the API's field names differ from the form's control paths. */
  fieldMap?: Record<string, string>;
}

/**
 * The submit flow of every form: an invalid form is refused at its fields (all marked, the focus
 * on the first), a second submit while one runs is ignored, and a failed request puts its field
 * errors on the controls and its message in `error`; a 409 stale-version sets `stale` instead
 * (the form then offers to reload). Create it in a field initializer: it takes the component's
 * element to move the focus.
 *
 * ```ts
 * protected readonly submission = new FormSubmit(this.form);
 * protected async save() { await this.submission.run(() => this.store.save(this.form.value)); }
 * ```
 */
export class FormSubmit {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly busy = signal(false);
  private readonly message = signal<ProblemMessage | null>(null);
  private readonly conflict = signal(false);

  readonly saving = this.busy.asReadonly();
  readonly error = this.message.asReadonly();
  /** Someone else saved a newer version meanwhile: this one can no longer be saved. */
  readonly stale = this.conflict.asReadonly();

  constructor(
    private readonly form: AbstractControl,
    private readonly options: FormSubmitOptions = {},
  ) {}

  /** The error, but "please check the highlighted fields" only while some still are. */
  visibleError(): ProblemMessage | null {
    const error = this.message();
    return error?.key === 'error.validation' && this.form.valid ? null : error;
  }

  /** Forgets the last error and conflict, e.g. when the form is filled again. */
  reset(): void {
    this.message.set(null);
    this.conflict.set(false);
  }

  /** Sends with `send` when the form is valid; `true` when it went through. */
  async run(send: () => Promise<unknown>): Promise<boolean> {
    if (this.busy()) return false;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      if (this.options.explainInvalid) this.message.set({ key: 'error.validation' });
      return false;
    }
    this.busy.set(true);
    this.message.set(null);
    try {
      await send();
      return true;
    } catch (error) {
      const problem = toProblem(error);
      if (problem.type === PROBLEM_TYPES.staleVersion) {
        this.conflict.set(true);
        return false;
      }
      applyProblemToForm(this.form, problem, this.options.fieldMap);
      this.message.set((this.options.message ?? problemMessage)(problem));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
