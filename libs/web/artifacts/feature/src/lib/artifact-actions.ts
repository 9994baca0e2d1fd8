import { DOCUMENT, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { DownloadedFile } from '@gw/web/artifacts/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { saveFile } from '@gw/web/shared/ui';
import { ActionRunner } from './action-runner';

/**
 * What the actions on a kind's artifact share (e.g. start, submit, publish, download): one at a
 * time, with `busy` and the `error` the acting view shows; after a 409 the kind's store reloads,
 * since someone else moved the artifact on meanwhile. Subclasses are the kinds' injectables.
 */
export abstract class ArtifactActions {
  protected readonly dialog = inject(MatDialog);
  protected readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  private readonly runner = new ActionRunner((problem) => {
    if (problem.status === 409) void this.reload();
  });

  readonly busy = this.runner.busy;
  readonly error = this.runner.error;

  /** Reads the artifact again, as it is now. */
  protected abstract reload(): Promise<void>;

  protected run(action: () => Promise<void>): Promise<void> {
    return this.runner.run(action);
  }

  /** A PDF read through HttpClient (it needs the bearer token), handed to the browser. */
  protected download(file: DownloadedFile): void {
    saveFile(this.document, file.blob, file.filename);
  }

  protected notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
