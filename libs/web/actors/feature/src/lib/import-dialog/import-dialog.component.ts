import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { type ActorImportResult, PROBLEM_TYPES } from '@gw/shared/contracts';
import {
  ActorsStore,
  type ImportErrorRow,
  describeImportError,
  importFormatOf,
} from '@gw/web/actors/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';

/**
 * Imports the actor table from a CSV or XLSX file. A file with errors changes nothing; its errors
 * are listed by row and column so that the file can be corrected.
 */
@Component({
  selector: 'gw-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatIconModule,
    MatProgressSpinnerModule,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './import-dialog.component.html',
  styleUrl: './import-dialog.component.scss',
})
export class ImportDialogComponent {
  private readonly store = inject(ActorsStore);

  protected readonly file = signal<File | null>(null);
  protected readonly uploading = signal(false);
  protected readonly result = signal<ActorImportResult | null>(null);
  protected readonly errors = signal<ImportErrorRow[]>([]);
  protected readonly error = signal<ProblemMessage | null>(null);

  protected choose(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    input.value = '';
    this.reset();
    if (file && !importFormatOf(file)) {
      this.error.set({ key: 'actors.import.wrongType' });
      this.file.set(null);
      return;
    }
    this.file.set(file);
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    const format = file ? importFormatOf(file) : null;
    if (!file || !format || this.uploading()) return;
    this.reset();
    this.uploading.set(true);
    try {
      this.result.set(await this.store.import(file, format));
      this.file.set(null);
    } catch (error) {
      const problem = toProblem(error);
      if (problem.type === PROBLEM_TYPES.importInvalid && problem.errors?.length) {
        this.errors.set(problem.errors.map(describeImportError));
      } else if (problem.type === PROBLEM_TYPES.importInvalid) {
        // Not a table at all (empty, not CSV, a broken XLSX): the API names no row.
        this.error.set({ key: 'actors.import.unreadable' });
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
