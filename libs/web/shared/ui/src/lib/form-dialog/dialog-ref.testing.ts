import { Subject } from 'rxjs';

/**
 * A stand-in for a dialog's `MatDialogRef` in specs: records `close` and lets the spec press
 * Escape or click outside, which the real ref reports through `keydownEvents`/`backdropClick`.
 */
export function fakeDialogRef(close: (result?: unknown) => void = () => undefined) {
  const keydown = new Subject<KeyboardEvent>();
  const backdrop = new Subject<MouseEvent>();
  return {
    close,
    disableClose: false as boolean | undefined,
    keydownEvents: () => keydown.asObservable(),
    backdropClick: () => backdrop.asObservable(),
    pressEscape: () => keydown.next(new KeyboardEvent('keydown', { key: 'Escape' })),
    clickOutside: () => backdrop.next(new MouseEvent('click')),
  };
}
