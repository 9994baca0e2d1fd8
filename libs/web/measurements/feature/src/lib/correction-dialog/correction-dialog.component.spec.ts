import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { HttpErrorResponse } from '@angular/common/http';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { measurement, settle, setupPage } from '../testing/page-setup';
import { CorrectionDialogComponent } from './correction-dialog.component';
import { fakeDialogRef } from '@gw/web/shared/ui';

async function render() {
  const close = jest.fn();
  const save = jest.fn();
  const current = jest.fn();
  await setupPage('working_group', {
    steward: true,
    overrides: () =>
      TestBed.configureTestingModule({
        providers: [
          { provide: MatDialogRef, useValue: fakeDialogRef(close) },
          {
            provide: MAT_DIALOG_DATA,
            useValue: {
              value: measurement(),
              unit: '%',
              subject: { period: '3. Quartal 2026', cell: 'Gesamt' },
              needsReview: true,
              save,
              current,
            },
          },
        ],
      }),
  });
  const fixture = TestBed.createComponent(CorrectionDialogComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const field = (name: string) => {
    const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      `[formcontrolname=${name}]`,
    );
    if (!input) throw new Error(`no field ${name}`);
    return input;
  };
  const type = (name: string, text: string) => {
    field(name).value = text;
    field(name).dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    root.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    await fixture.whenStable();
  };
  return { root, close, save, current, field, type, submit, fixture };
}

describe('CorrectionDialogComponent', () => {
  it('starts from the value as read and sends only what changed, with the reason', async () => {
    const { field, type, submit, save, close } = await render();
    expect(field('value').value).toBe('51,2');
    expect(field('cases').value).toBe('60');
    type('value', '52,4');
    type('reason', 'Nachmeldung der Clearingstelle');
    save.mockResolvedValue(measurement({ value: 52.4, version: 3 }));
    await submit();
    expect(save).toHaveBeenCalledWith(measurement(), {
      value: 52.4,
      reason: 'Nachmeldung der Clearingstelle',
    });
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ value: 52.4 }));
  });

  it('asks for a change and a reason before sending', async () => {
    const { root, submit, save, type } = await render();
    type('reason', 'Nichts');
    await submit();
    expect(save).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Bitte ändern Sie Wert, Fallzahl oder Quelle.');
  });

  it('after a conflict reloads the current value and edits from there', async () => {
    const { root, type, submit, save, current, field, fixture } = await render();
    type('cases', '61');
    type('reason', 'Nachzählung');
    save.mockRejectedValue(
      new HttpErrorResponse({
        status: 409,
        error: { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
      }),
    );
    await submit();
    expect(root.textContent).toContain('Jemand anderes hat diesen Wert inzwischen geändert');

    current.mockResolvedValue(measurement({ value: 49, cases: 58, version: 4 }));
    Array.from(root.querySelectorAll('button'))
      .find((button) => button.textContent?.trim() === 'Neu laden')
      ?.click();
    await settle();
    await fixture.whenStable();
    expect(field('value').value).toBe('49');
    expect(field('cases').value).toBe('58');
    expect(root.textContent).not.toContain('Jemand anderes hat diesen Wert');
  });
});
