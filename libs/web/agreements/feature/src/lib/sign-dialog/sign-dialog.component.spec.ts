import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { AgreementStore, agreementFixtures as f } from '@gw/web/agreements/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { SignDialogComponent, type SignDialogData } from './sign-dialog.component';
import { agreementHistory } from '../agreement-history.i18n';
import { agreements } from '../agreements.i18n';
import { loadVerificationTexts } from '@gw/web/verification/feature';
import { fakeDialogRef } from '@gw/web/shared/ui';

async function render(data: Partial<SignDialogData> = {}) {
  localStorage.clear();
  const sign = jest.fn().mockResolvedValue(undefined);
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: AgreementStore, useValue: { sign } },
      { provide: MatDialogRef, useValue: fakeDialogRef(close) },
      {
        provide: MAT_DIALOG_DATA,
        useValue: {
          versionNumber: 2,
          contentHash: f.HASH,
          actors: [{ actorId: 'act-2', actorName: 'Jobcenter' }],
          mode: 'sign',
          ...data,
        } satisfies SignDialogData,
      },
    ],
  });
  TestBed.inject(I18nService).addTexts(agreements, agreementHistory);
  TestBed.inject(I18nService).addTexts(await loadVerificationTexts());
  const fixture = TestBed.createComponent(SignDialogComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const choose = async (label: string) => {
    const radio = Array.from(root.querySelectorAll('mat-radio-button')).find((button) =>
      button.textContent?.includes(label),
    );
    radio!.querySelector('input')!.click();
    await settle();
  };
  const confirm = async () => {
    root.querySelector<HTMLInputElement>('mat-checkbox input')!.click();
    await settle();
  };
  const submit = async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
  };
  return { root, sign, close, choose, confirm, submit, settle };
}

describe('SignDialogComponent', () => {
  it('shows the version, its hash and the partner the user signs for', async () => {
    const { root } = await render();
    expect(root.textContent).toContain('Fassung 2');
    expect(root.textContent).toContain(f.HASH);
    expect(root.textContent).toContain('Ich unterzeichne diese Fassung für Jobcenter.');
  });

  it('signs only after the explicit confirmation', async () => {
    const { root, sign, close, confirm, submit } = await render();
    await submit();
    expect(sign).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Bitte bestätigen Sie Ihre Entscheidung.');

    await confirm();
    await submit();
    expect(sign).toHaveBeenCalledWith({ decision: 'sign', actorId: 'act-2' });
    expect(close).toHaveBeenCalledWith({ decision: 'sign', actorName: 'Jobcenter' });
  });

  it('needs a reason to decline', async () => {
    const { root, sign, choose, confirm, submit } = await render();
    await choose('Ablehnen');
    expect(root.textContent).toContain('Ich lehne diese Fassung für Jobcenter ab.');
    await confirm();
    await submit();
    expect(sign).not.toHaveBeenCalled();
    const reason = root.querySelector<HTMLTextAreaElement>('textarea[formcontrolname=reason]')!;
    expect(reason.closest('mat-form-field')!.textContent).toContain(
      'Bitte füllen Sie dieses Feld aus.',
    );

    reason.value = '  Die Finanzierung ist nicht geklärt.  ';
    reason.dispatchEvent(new Event('input'));
    await submit();
    expect(sign).toHaveBeenCalledWith({
      decision: 'decline',
      actorId: 'act-2',
      reason: 'Die Finanzierung ist nicht geklärt.',
    });
  });

  it('asks for whom to sign when the user represents several partners', async () => {
    const { root, sign, confirm, submit } = await render({
      actors: [
        { actorId: 'act-1', actorName: 'Stadtjugendring' },
        { actorId: 'act-2', actorName: 'Jobcenter' },
      ],
    });
    expect(root.querySelector('mat-select[formcontrolname=actorId]')).not.toBeNull();
    await confirm();
    await submit();
    expect(sign).not.toHaveBeenCalled();
  });

  it('offers no decline when acceding to the version in force', async () => {
    const { root } = await render({ mode: 'accede' });
    expect(root.querySelector('mat-radio-group')).toBeNull();
    expect(root.textContent).toContain(
      'Ich trete der Vereinbarung in dieser Fassung für Jobcenter bei.',
    );
  });
});
