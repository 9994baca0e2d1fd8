import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ActorsStore } from '@gw/web/actors/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { ActorDialogComponent, type ActorDialogData } from './actor-dialog.component';
import { actors } from '../actors.i18n';
import { existingBodies } from '../existing-bodies.i18n';
import { fakeDialogRef } from '@gw/web/shared/ui';

const nameTaken = new HttpErrorResponse({
  status: 409,
  error: {
    type: PROBLEM_TYPES.duplicateName,
    title: 'Conflict',
    status: 409,
    detail: 'An actor named "Jobcenter" already exists in this initiative.',
    errors: [{ field: 'name', message: 'name is already taken', code: 'duplicate' }],
  },
});

async function render(create: jest.Mock) {
  localStorage.clear();
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: ActorsStore, useValue: { create } },
      { provide: MatDialogRef, useValue: fakeDialogRef(close) },
      {
        provide: MAT_DIALOG_DATA,
        useValue: { actor: null, members: [] } satisfies ActorDialogData,
      },
    ],
  });
  TestBed.inject(I18nService).addTexts(actors, existingBodies);
  const fixture = TestBed.createComponent(ActorDialogComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const save = async (name: string) => {
    const field = root.querySelector<HTMLInputElement>('input[formcontrolname=name]')!;
    field.value = name;
    field.dispatchEvent(new Event('input'));
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  return { root, close, save };
}

describe('ActorDialogComponent', () => {
  it('adds an actor with the trimmed name and closes with it', async () => {
    const created = { id: 'a1', name: 'Jobcenter' };
    const create = jest.fn().mockResolvedValue(created);
    const { close, save } = await render(create);
    await save('  Jobcenter  ');
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ name: 'Jobcenter' }));
    expect(close).toHaveBeenCalledWith(created);
  });

  it('says at the name field that the name is taken, and stays open', async () => {
    const create = jest.fn().mockRejectedValue(nameTaken);
    const { root, close, save } = await render(create);
    await save('Jobcenter');
    const nameField = root.querySelector('input[formcontrolname=name]')!.closest('mat-form-field')!;
    expect(nameField.textContent).toContain('Dieser Eintrag ist schon vorhanden.');
    expect(root.querySelector('gw-error-message')?.textContent).toContain(
      'Diesen Namen gibt es hier schon.',
    );
    expect(close).not.toHaveBeenCalled();
  });
});
