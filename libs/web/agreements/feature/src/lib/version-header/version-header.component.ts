import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT, ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { AgreementStore, type AgreementVersion } from '@gw/web/agreements/data-access';
import { VersionStatusComponent } from '@gw/web/artifacts/feature';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, confirm, saveFile } from '@gw/web/shared/ui';
import { versionStatusKey } from '../status-keys';

/**
 * The head of a version: number, state, who made and submitted it, the hash of a frozen version
 * (copy, verify), the PDF; for the coordination office on a draft: edit and submit.
 */
@Component({
  selector: 'gw-version-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    ErrorMessageComponent,
    VersionStatusComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './version-header.component.html',
  styleUrl: './version-header.component.scss',
})
export class VersionHeaderComponent {
  readonly version = input.required<AgreementVersion>();
  readonly isCoordination = input(false);

  private readonly store = inject(AgreementStore);
  private readonly dialog = inject(MatDialog);
  private readonly clipboard = inject(Clipboard);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  protected readonly versionStatusKey = versionStatusKey;
  protected readonly downloading = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<ProblemMessage | null>(null);

  protected copyHash(hash: string): void {
    if (this.clipboard.copy(hash)) {
      this.snackBar.open(this.i18n.t('action.copied'), undefined, { duration: 3000 });
    }
  }

  protected async downloadPdf(): Promise<void> {
    if (this.downloading()) return;
    this.downloading.set(true);
    this.error.set(null);
    try {
      const file = await this.store.pdf(this.version().number);
      saveFile(this.document, file.blob, file.filename);
    } catch (error) {
      this.error.set(problemMessage(toProblem(error)));
    } finally {
      this.downloading.set(false);
    }
  }

  /** Freezes the draft after an explicit confirmation: it cannot be changed afterwards. */
  protected async submit(): Promise<void> {
    const number = this.version().number;
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('agreement.submit.title', { n: number }),
      text: this.i18n.t('agreement.submit.text'),
      confirmLabel: this.i18n.t('agreement.submit.confirm'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    this.submitting.set(true);
    this.error.set(null);
    try {
      await this.store.submit();
      this.snackBar.open(this.i18n.t('agreement.submitted', { n: number }), undefined, {
        duration: 5000,
      });
    } catch (error) {
      this.error.set(problemMessage(toProblem(error)));
    } finally {
      this.submitting.set(false);
    }
  }
}
