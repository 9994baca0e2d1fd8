import type { ComponentFixture } from '@angular/core/testing';
import { type FieldError, PROBLEM_TYPES } from '@gw/shared/contracts';

/**
 * Drives an import dialog in a spec as a user would: choose a file, press the upload button,
 * read the outcome. For the specs of the features that wrap `ImportDialogComponent`.
 */
export function drive(fixture: ComponentFixture<unknown>) {
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const choose = async (file: File) => {
    const input = root.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
  };
  return {
    root,
    settle,
    choose,
    /** Chooses a file by its name and presses the upload button. */
    async upload(name: string) {
      await choose(new File(['x'], name));
      root.querySelector<HTMLButtonElement>('mat-dialog-actions button[mat-flat-button]')?.click();
      await settle();
    },
    /** The error table, a row each: row, column and message as shown, white space folded. */
    errorRows: () =>
      Array.from(root.querySelectorAll('tbody tr')).map((tr) =>
        Array.from(tr.querySelectorAll('td')).map((td) =>
          td.textContent?.replace(/\s+/g, ' ').trim(),
        ),
      ),
    /** What the live region says (the counts of an import). */
    status: () => root.querySelector('[role=status]')?.textContent?.trim() ?? '',
  };
}

/** `request.flush(...refused(errors))`: the API's answer to a file with errors. */
export function refused(errors: FieldError[]) {
  const body = {
    type: PROBLEM_TYPES.importInvalid,
    title: 'Bad Request',
    status: 400,
    detail: `The file has ${errors.length} errors; nothing was imported.`,
    errors,
  };
  return [body, { status: 400, statusText: 'Bad Request' }] as const;
}
