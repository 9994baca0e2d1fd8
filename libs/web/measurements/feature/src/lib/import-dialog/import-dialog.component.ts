import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type MeasurementImportResult, PROBLEM_TYPES } from '@gw/shared/contracts';
import {
  type ImportErrorRow,
  MeasurementsOverviewStore,
  describeImportError,
  measurementFileFormatOf,
} from '@gw/web/measurements/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';

/**
 * Imports values from a CSV or XLSX file made from the template. The API checks every row before
 * it writes any; a file with errors changes nothing, and its errors are listed by row and field
 * so that the file can be corrected. Closes with the result after an import.
 */
@Component({
  selector: 'gw-measurement-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatIconModule,
    MatProgressBarModule,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './import-dialog.component.html',
  styleUrl: './import-dialog.component.scss',
})
export class ImportDialogComponent {
  private readonly store = inject(MeasurementsOverviewStore);

  protected readonly file = signal<File | null>(null);
  protected readonly uploading = signal(false);
  /** The share of the file sent so far; null while the server checks it. */
  protected readonly progress = signal<number | null>(null);
  protected readonly result = signal<MeasurementImportResult | null>(null);
  protected readonly errors = signal<ImportErrorRow[]>([]);
  protected readonly error = signal<ProblemMessage | null>(null);

  protected choose(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    input.value = '';
    this.reset();
    if (file && !measurementFileFormatOf(file)) {
      this.error.set({ key: 'measurements.import.wrongType' });
      this.file.set(null);
      return;
    }
    this.file.set(file);
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    const format = file ? measurementFileFormatOf(file) : null;
    if (!file || !format || this.uploading()) return;
    this.reset();
    this.uploading.set(true);
    this.progress.set(0);
    try {
      const result = await this.store.import(file, format, (share) =>
        // Once all is sent the server still checks every row: the bar turns indeterminate.
        this.progress.set(share < 1 ? share : null),
      );
      this.result.set(result);
      this.file.set(null);
    } catch (error) {
      const problem = toProblem(error);
      if (problem.type === PROBLEM_TYPES.importInvalid && problem.errors?.length) {
        this.errors.set(problem.errors.map(describeImportError));
      } else if (problem.type === PROBLEM_TYPES.importInvalid) {
        // Not a table at all (empty, not CSV, a broken XLSX): the API names no row.
        this.error.set({ key: 'measurements.import.unreadable' });
      } else {
        this.error.set(problemMessage(problem));
      }
    } finally {
      this.uploading.set(false);
    }
  }

  private reset(): void {
    this.result.set(null);
    this.errors.set([]);
    this.error.set(null);
  }
}
