import {
  ChangeDetectionStrategy,
  Component,
  booleanAttribute,
  computed,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { type TranslationKey, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '../error-message/error-message.component';
import {
  IMPORT_FORMATS,
  type ImportErrorRow,
  type ImportFailure,
  type ImportFormat,
  type ImportMessage,
  type ImportResult,
  type ImportText,
  type ImportTextsPrefix,
  type ImportUpload,
  acceptOf,
  importFormatOf,
} from './import-dialog.model';

let nextId = 0;

/**
 * The body of a dialog that imports a CSV or XLSX file: the file choice (refusing other
 * formats by the extension), the upload, a table of the row errors of a refused file and the
 * counts of an import. A feature wraps it, passing its texts, its upload and how its errors read;
 * the dialog closes with the result (null when nothing was imported).
 */
@Component({
  selector: 'gw-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatIconModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './import-dialog.component.html',
  styleUrl: './import-dialog.component.scss',
})
export class ImportDialogComponent {
  /** Where the texts are: `<texts>.title`, `<texts>.errors.label`, … (see `ImportText`). */
  readonly texts = input.required<ImportTextsPrefix>();
  readonly formats = input<readonly ImportFormat[]>(IMPORT_FORMATS);
  /** Sends the file; rejects when the API refuses it. */
  readonly upload = input.required<ImportUpload>();
  /** What a rejection of `upload` means (the feature knows the API's problems). */
  readonly describeFailure = input.required<(error: unknown) => ImportFailure>();
  /**
   * Whether `upload` reports its progress: then a bar labelled `<texts>.uploading` shows it;
   * otherwise the upload button spins.
   */
  readonly progress = input(false, { transform: booleanAttribute });

  protected readonly fileId = `gw-import-file-${++nextId}`;
  protected readonly accept = computed(() => acceptOf(this.formats()));
  protected readonly file = signal<File | null>(null);
  protected readonly uploading = signal(false);
  /** The share of the file sent so far; null while the server checks it. */
  protected readonly share = signal<number | null>(null);
  protected readonly result = signal<ImportResult | null>(null);
  protected readonly errors = signal<readonly ImportErrorRow[]>([]);
  /** All errors of the refused file; more than `errors` when the API listed only the first. */
  protected readonly errorTotal = signal(0);
  protected readonly moreErrors = computed(() => this.errorTotal() - this.errors().length);
  protected readonly error = signal<ImportMessage | null>(null);

  /** The key of one of the dialog's texts under the feature's prefix. */
  protected k(text: ImportText): TranslationKey {
    return `${this.texts()}.${text}` as TranslationKey;
  }

  protected choose(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    input.value = '';
    this.reset();
    if (file && !importFormatOf(file, this.formats())) {
      this.error.set({ key: this.k('wrongType') });
      this.file.set(null);
      return;
    }
    this.file.set(file);
  }

  protected async send(): Promise<void> {
    const file = this.file();
    const format = file ? importFormatOf(file, this.formats()) : null;
    if (!file || !format || this.uploading()) return;
    this.reset();
    this.uploading.set(true);
    this.share.set(0);
    try {
      const result = await this.upload()(file, format, (share) =>
        // Once all is sent the server still checks every row: the bar turns indeterminate.
        this.share.set(share < 1 ? share : null),
      );
      this.result.set(result);
      this.file.set(null);
    } catch (error) {
      this.fail(this.describeFailure()(error));
    } finally {
      this.uploading.set(false);
    }
  }

  private fail(failure: ImportFailure): void {
    if ('key' in failure) {
      this.error.set(failure);
    } else if (failure.rows.length) {
      this.errors.set(failure.rows);
      this.errorTotal.set(Math.max(failure.total, failure.rows.length));
    } else {
      // Not a table at all (empty, not CSV, a broken XLSX): the API names no row.
      this.error.set({ key: this.k('unreadable') });
    }
  }

  private reset(): void {
    this.result.set(null);
    this.errors.set([]);
    this.errorTotal.set(0);
    this.error.set(null);
  }
}
