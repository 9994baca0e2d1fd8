import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import { ArtifactActions } from '@gw/web/artifacts/feature';
import { BaselinesStore } from '@gw/web/baselines/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { confirm } from '@gw/web/shared/ui';

/**
 * What the coordination office does with baselines, from the list or from one baseline: start a
 * draft (and open it), submit it (after a confirmation saying what freezing means), download the
 * PDF (everyone). Provided by the baselines' route; `error` is shown by the view that acted.
 */
@Injectable()
export class BaselineActions extends ArtifactActions {
  private readonly store = inject(BaselinesStore);
  private readonly initiatives = inject(InitiativesStore);
  private readonly router = inject(Router);

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

  async pdf(number: number): Promise<void> {
    await this.run(async () => {
      const file = await this.store.pdf(number);
      this.download(file);
    });
  }

  /** A draft started or submitted meanwhile by someone else: show the list as it is now. */
  protected reload(): Promise<void> {
    return this.store.reload();
  }
}
