import { Injectable, inject } from '@angular/core';
import { ArtifactActions } from '@gw/web/artifacts/feature';
import { ReportStore } from '@gw/web/reports/data-access';
import type { TranslationKey } from '@gw/web/shared/i18n';
import { confirm } from '@gw/web/shared/ui';

/**
 * What is done with the shown report from its header: submit (after a confirmation saying that
 * the numbers freeze), publish, start a new version after a rejection, download the PDF.
 * Provided by the reports' route; `error` is shown by the page.
 */
@Injectable()
export class ReportActions extends ArtifactActions {
  private readonly store = inject(ReportStore);

  async submit(): Promise<void> {
    if (
      !(await this.ask('reports.submit.title', 'reports.submit.text', 'reports.submit.confirm'))
    ) {
      return;
    }
    await this.run(async () => {
      await this.store.submit();
      this.notify(this.i18n.t('reports.submitted'));
    });
  }

  async publish(): Promise<void> {
    if (!(await this.ask('reports.publish.title', 'reports.publish.text', 'reports.publish'))) {
      return;
    }
    await this.run(async () => {
      await this.store.publish();
      this.notify(this.i18n.t('reports.published'));
    });
  }

  async startVersion(): Promise<void> {
    await this.run(async () => {
      const draft = await this.store.startVersion();
      this.notify(this.i18n.t('reports.versionStarted', { n: draft.number }));
    });
  }

  async pdf(): Promise<void> {
    await this.run(async () => {
      const file = await this.store.pdf();
      this.download(file);
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

  /** Someone else moved the report on meanwhile: show it as it is now. */
  protected reload(): Promise<void> {
    return this.store.reload();
  }
}
