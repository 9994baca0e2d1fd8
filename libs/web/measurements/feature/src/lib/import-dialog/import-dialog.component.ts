import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { MeasurementsOverviewStore, describeImportError } from '@gw/web/measurements/data-access';
import { problemMessage, toProblem } from '@gw/web/shared/data-access';
import { type ImportFailure, ImportDialogComponent, type ImportUpload } from '@gw/web/shared/ui';

/** The errors of a refused file of values in the UI's words, by row and field. */
function describeFailure(error: unknown): ImportFailure {
  const problem = toProblem(error);
  if (problem.type !== PROBLEM_TYPES.importInvalid) return problemMessage(problem);
  const rows = (problem.errors ?? []).map(describeImportError);
  return { rows, total: problem.errorCount ?? rows.length };
}

/**
 * Imports values from a CSV or XLSX file made from the template, showing how much is sent. The
 * API checks every row before it writes any; a file with errors changes nothing, and its errors
 * are listed by row and field so that the file can be corrected. Closes with the result after an
 * import.
 */
@Component({
  selector: 'gw-measurement-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ImportDialogComponent],
  template: `<gw-import-dialog
    texts="measurements.import"
    progress
    [upload]="upload"
    [describeFailure]="describeFailure"
  />`,
})
export class MeasurementImportDialogComponent {
  private readonly store = inject(MeasurementsOverviewStore);

  protected readonly upload: ImportUpload = (file, format, progress) =>
    this.store.import(file, format, progress);
  protected readonly describeFailure = describeFailure;
}
