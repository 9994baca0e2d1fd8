import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ReportStore } from '@gw/web/reports/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, type TranslationKey } from '@gw/web/shared/i18n';
import { confirm, saveFile } from '@gw/web/shared/ui';

/**
 * What is done with the shown report from its header: submit (after a confirmation saying that
 * the numbers freeze), publish, start a new version after a rejection, download the PDF.
 * Provided by the reports' route; `error` is shown by the page.
 */
@Injectable()
export class ReportActions {
  private readonly store = inject(ReportStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  readonly busy = signal(false);
  readonly error = signal<ProblemMessage | null>(null);

  async submit(): Promise<void> {
    if (
      !(await this.ask('reports.submit.title', 'reports.submit.text', 'reports.submit.confirm'))
    ) {
      return;
    }
    await this.run(async () => {
      await this.store.submit();
      this.notify('reports.submitted');
    });
  }

  async publish(): Promise<void> {
    if (!(await this.ask('reports.publish.title', 'reports.publish.text', 'reports.publish'))) {
      return;
    }
    await this.run(async () => {
      await this.store.publish();
      this.notify('reports.published');
    });
  }

  async startVersion(): Promise<void> {
    await this.run(async () => {
      const draft = await this.store.startVersion();
      this.notify('reports.versionStarted', { n: draft.number });
    });
  }

  /** The PDF through HttpClient (it needs the bearer token), handed to the browser's download. */
  async pdf(): Promise<void> {
    await this.run(async () => {
      const file = await this.store.pdf();
      saveFile(this.document, file.blob, file.filename);
    });
  }

  private ask(title: TranslationKey, text: TranslationKey, label: TranslationKey) {
    return confirm(this.dialog, {
      title: this.i18n.t(title),
      text: this.i18n.t(text),
      confirmLabel: this.i18n.t(label),
      cancelLabel: this.i18n.t('action.cancel'),
      tone: 'positive',
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
      // Someone else moved the report on meanwhile: show it as it is now.
      if (problem.status === 409) void this.store.reload();
    } finally {
      this.busy.set(false);
    }
  }

  private notify(key: TranslationKey, params?: Record<string, number>): void {
    this.snackBar.open(this.i18n.t(key, params), this.i18n.t('action.close'), { duration: 5000 });
  }
}
