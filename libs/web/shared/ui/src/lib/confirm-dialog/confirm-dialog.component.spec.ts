import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, type MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
  confirm,
} from './confirm-dialog.component';

const data: ConfirmDialogData = {
  title: 'Akteur löschen?',
  text: 'Jugendamt wird aus der Akteurstabelle entfernt.',
  confirmLabel: 'Löschen',
  cancelLabel: 'Abbrechen',
};

/** A dialog that closes with `result`, as the user's click (or Escape: undefined) would. */
const dialogClosingWith = (result: boolean | undefined) => {
  const open = jest.fn(() => ({ afterClosed: () => of(result) }));
  return { dialog: { open } as unknown as MatDialog, open };
};

describe('confirm', () => {
  it('opens the confirm dialog with the texts and resolves true when confirmed', async () => {
    const { dialog, open } = dialogClosingWith(true);
    await expect(confirm(dialog, data)).resolves.toBe(true);
    expect(open).toHaveBeenCalledWith(ConfirmDialogComponent, { data });
  });

  it('resolves false on cancel and when the dialog is dismissed', async () => {
    await expect(confirm(dialogClosingWith(false).dialog, data)).resolves.toBe(false);
    await expect(confirm(dialogClosingWith(undefined).dialog, data)).resolves.toBe(false);
  });
});

describe('ConfirmDialogComponent', () => {
  const confirmButton = (tone?: ConfirmDialogData['tone']) => {
    TestBed.configureTestingModule({
      providers: [{ provide: MAT_DIALOG_DATA, useValue: { ...data, tone } }],
    });
    const fixture = TestBed.createComponent(ConfirmDialogComponent);
    fixture.detectChanges();
    const buttons = (fixture.nativeElement as HTMLElement).querySelectorAll('button');
    return buttons[buttons.length - 1]!;
  };

  it('paints the confirm button as a warning by default', () => {
    expect(confirmButton().classList).toContain('danger');
  });

  it('keeps the primary colour for a positive decision', () => {
    expect(confirmButton('positive').classList).not.toContain('danger');
  });
});
