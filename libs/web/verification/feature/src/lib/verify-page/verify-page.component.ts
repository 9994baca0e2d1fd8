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
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import type { VerificationResult, VersionStatus } from '@gw/shared/contracts';
import { CONTENT_HASH_PATTERN, VerificationApi } from '@gw/web/agreements/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { LocalDatePipe, TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, PageHeaderComponent } from '@gw/web/shared/ui';
import { firstValueFrom } from 'rxjs';

type Outcome =
  | { kind: 'found'; result: VerificationResult }
  | { kind: 'unknown' }
  | { kind: 'error'; message: ProblemMessage };

const STATUS_HINTS: Partial<Record<VersionStatus, TranslationKey>> = {
  signing: 'verify.statusHint.signing',
  in_force: 'verify.statusHint.in_force',
  declined: 'verify.statusHint.declined',
  superseded: 'verify.statusHint.superseded',
};

/**
 * Anyone holding a printed agreement checks it here by its hash, logged in or not: which
 * initiative, document and version it is, its state, and who signed when; or that it is unknown.
 */
@Component({
  selector: 'gw-verify-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ErrorMessageComponent,
    PageHeaderComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './verify-page.component.html',
  styleUrl: './verify-page.component.scss',
})
export class VerifyPageComponent {
  /** Route parameter: the hash from the printed link; none on `/verify`. */
  readonly contentHash = input<string>();

  private readonly api = inject(VerificationApi);
  private readonly router = inject(Router);

  protected readonly form = new FormGroup({
    hash: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(CONTENT_HASH_PATTERN)],
    }),
  });
  private readonly hash = this.form.controls.hash;
  protected readonly checking = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly found = computed(() => {
    const outcome = this.outcome();
    return outcome?.kind === 'found' ? outcome.result : null;
  });
  protected readonly unknown = computed(() => this.outcome()?.kind === 'unknown');
  protected readonly failure = computed(() => {
    const outcome = this.outcome();
    return outcome?.kind === 'error' ? outcome.message : null;
  });
  protected readonly statusHint = computed(() => {
    const result = this.found();
    return result ? (STATUS_HINTS[result.status] ?? null) : null;
  });

  constructor() {
    effect(() => {
      const hash = (this.contentHash() ?? '').trim();
      untracked(() => void this.check(hash));
    });
  }

  protected submit(): void {
    const value = this.hash.value.trim().toLowerCase();
    this.hash.setValue(value);
    if (this.hash.invalid) {
      this.hash.markAsTouched();
      return;
    }
    void this.router.navigate(['/verify', value]);
  }

  protected statusKey(status: VersionStatus): TranslationKey {
    return `versionStatus.${status}`;
  }

  protected kindKey(kind: VerificationResult['artifactKind']): TranslationKey {
    return `artifactKind.${kind}`;
  }

  private async check(hash: string): Promise<void> {
    this.outcome.set(null);
    if (!hash) return;
    this.hash.setValue(hash);
    this.hash.markAsTouched();
    if (this.hash.invalid) return;
    this.checking.set(true);
    try {
      const result = await firstValueFrom(this.api.verify(hash));
      if (this.contentHash()?.trim() === hash) this.outcome.set({ kind: 'found', result });
    } catch (error) {
      if (this.contentHash()?.trim() !== hash) return;
      const problem = toProblem(error);
      this.outcome.set(
        problem.status === 404
          ? { kind: 'unknown' }
          : { kind: 'error', message: problemMessage(problem) },
      );
    } finally {
      this.checking.set(false);
    }
  }
}
