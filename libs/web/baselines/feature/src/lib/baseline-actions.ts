import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { BaselinesStore } from '@gw/web/baselines/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { confirm, saveFile } from '@gw/web/shared/ui';

/**
 * What the coordination office does with baselines, from the list or from one baseline: start a
 * draft (and open it), submit it (after a confirmation saying what freezing means), download the
 * PDF (everyone). Provided by the baselines' route; `error` is shown by the view that acted.
 */
@Injectable()
export class BaselineActions {
  private readonly store = inject(BaselinesStore);
  private readonly initiatives = inject(InitiativesStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  readonly busy = signal(false);
  readonly error = signal<ProblemMessage | null>(null);

  async start(): Promise<void> {
    await this.run(async () => {
      const baseline = await this.store.createVersion();
      this.notify(this.i18n.t('baselines.started', { n: baseline.number }));
      const id = this.initiatives.initiative()?.id;
      if (id) {
        await this.router.navigate([
          '/initiatives',
          id,
          'action-plan',
          'baselines',
          baseline.number,
        ]);
      }
    });
  }

  async submit(number: number): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('baselines.submit.title', { n: number }),
      text: this.i18n.t('baselines.submit.text'),
      confirmLabel: this.i18n.t('baselines.submit.confirm'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    await this.run(async () => {
      await this.store.submit(number);
      this.notify(this.i18n.t('baselines.submitted', { n: number }));
    });
  }

  /** The PDF through HttpClient (it needs the bearer token), handed to the browser's download. */
  async pdf(number: number): Promise<void> {
    await this.run(async () => {
      const file = await this.store.pdf(number);
      saveFile(this.document, file.blob, file.filename);
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      const problem = toProblem(error);
      this.error.set(problemMessage(problem));
      // A draft started or submitted meanwhile by someone else: show the list as it is now.
      if (problem.status === 409) void this.store.reload();
    } finally {
      this.busy.set(false);
    }
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
