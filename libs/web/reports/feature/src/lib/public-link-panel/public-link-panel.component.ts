import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActionRunner } from '@gw/web/artifacts/feature';
import { ReportStore } from '@gw/web/reports/data-access';
import { toProblem } from '@gw/web/shared/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, confirm } from '@gw/web/shared/ui';

/**
 * The public link of a published report (coordination): whether one is live, since when and how
 * often it was opened; create one (shown this once, with copy), or revoke the live one after a
 * confirmation. The API never shows a link again, so after a reload the panel says that a link
 * is live and offers a new one or the revocation; without a live link there is nothing to revoke.
 */
@Component({
  selector: 'gw-public-link-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, ErrorMessageComponent, TranslatePipe, LocalDatePipe],
  templateUrl: './public-link-panel.component.html',
  styleUrl: './public-link-panel.component.scss',
})
export class PublicLinkPanelComponent {
  protected readonly store = inject(ReportStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly clipboard = inject(Clipboard);
  private readonly i18n = inject(I18nService);

  private readonly runner = new ActionRunner();
  protected readonly busy = this.runner.busy;
  protected readonly error = this.runner.error;
  protected readonly status = this.store.linkStatus;

  constructor() {
    // Asked again for every version shown; a failure shows as the panel's error.
    effect(() => {
      if (this.store.report()?.number === undefined) return;
      untracked(() => void this.runner.run(() => this.store.loadLinkStatus()));
    });
  }

  protected async create(): Promise<void> {
    await this.runner.run(async () => {
      await this.store.createPublicLink();
      this.notify('reports.link.created');
    });
  }

  protected async revoke(): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('reports.link.revoke.title'),
      text: this.i18n.t('reports.link.revoke.text'),
      confirmLabel: this.i18n.t('reports.link.revoke.confirm'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    await this.runner.run(async () => {
      try {
        await this.store.revokePublicLink();
        this.notify('reports.link.revoked');
      } catch (error) {
        if (toProblem(error).status !== 404) throw error;
        this.error.set({ key: 'reports.link.noneLive' });
      }
    });
  }

  protected copy(url: string): void {
    if (this.clipboard.copy(url)) this.notify('reports.link.copied');
  }

  private notify(key: 'reports.link.created' | 'reports.link.revoked' | 'reports.link.copied') {
    this.snackBar.open(this.i18n.t(key), undefined, { duration: 4000 });
  }
}
