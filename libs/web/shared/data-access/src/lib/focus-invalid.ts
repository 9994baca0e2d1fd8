/**
 * After a refused submit, move the keyboard focus (and the view) to the first field that needs
 * attention, so that nobody has to hunt for the red message.
 */
export function focusFirstInvalidField(root: Element): void {
  root
    .querySelector<HTMLElement>(
      'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, mat-chip-grid.ng-invalid input',
    )
    ?.focus();
}
