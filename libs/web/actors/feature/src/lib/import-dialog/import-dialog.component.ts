import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ActorsStore, describeImportError } from '@gw/web/actors/data-access';
import { problemMessage, toProblem } from '@gw/web/shared/data-access';
import { type ImportFailure, ImportDialogComponent, type ImportUpload } from '@gw/web/shared/ui';

/** The errors of a refused actor table in the UI's words, by row and column. */
function describeFailure(error: unknown): ImportFailure {
  const problem = toProblem(error);
  if (problem.type !== PROBLEM_TYPES.importInvalid) return problemMessage(problem);
  const rows = (problem.errors ?? []).map(describeImportError);
  return { rows, total: problem.errorCount ?? rows.length };
}

/**
 * Imports the actor table from a CSV or XLSX file. A file with errors changes nothing; its errors
 * are listed by row and column so that the file can be corrected. The table behind the dialog
 * shows the imported actors (the store reloads it).
 */
@Component({
  selector: 'gw-actor-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ImportDialogComponent],
  template: `<gw-import-dialog
    texts="actors.import"
    [upload]="upload"
    [describeFailure]="describeFailure"
  />`,
})
export class ActorImportDialogComponent {
  private readonly store = inject(ActorsStore);

  protected readonly upload: ImportUpload = (file, format) => this.store.import(file, format);
  protected readonly describeFailure = describeFailure;
}
