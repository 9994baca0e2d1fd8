import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogRef } from '@angular/material/dialog';
import { FormDialogComponent } from './form-dialog.component';
import { fakeDialogRef } from './dialog-ref.testing';

/** A dialog with one field in the shared frame, as the features build theirs. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormDialogComponent],
  template: `
    <form [formGroup]="form" novalidate>
      <gw-form-dialog heading="Maßnahme anlegen" [submission]="submission">
        <input formControlName="title" aria-label="Titel" />
      </gw-form-dialog>
    </form>
  `,
})
class HostDialogComponent {
  readonly form = new FormGroup({ title: new FormControl('') });
  readonly submission = { saving: () => false, stale: () => false, visibleError: () => null };
}

async function render() {
  const close = jest.fn();
  const ref = fakeDialogRef(close);
  TestBed.configureTestingModule({
    providers: [
      { provide: MatDialogRef, useValue: ref },
      // The question closes at once, without waiting for an animation jsdom does not run.
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const fixture = TestBed.createComponent(HostDialogComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const type = (text: string) => {
    const input = root.querySelector('input')!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
  };
  const cancelButton = () =>
    [...root.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Abbrechen',
    )!;
  /** The question's buttons, in the overlay outside the fixture. */
  const answer = async (label: 'Verwerfen' | 'Weiter bearbeiten') => {
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>('gw-confirm-dialog button'),
    ].find((candidate) => candidate.textContent?.trim() === label)!;
    button.click();
    await settle();
  };
  const question = () => document.querySelector('gw-confirm-dialog h2')?.textContent?.trim();
  return { close, ref, settle, type, cancelButton, answer, question };
}

describe('FormDialogComponent: discarding changes', () => {
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((el) => el.remove()));

  it('takes Escape and clicks outside away from Material, which would close without asking', async () => {
    const { ref } = await render();
    expect(ref.disableClose).toBe(true);
  });

  it('closes a pristine form at once, on Escape, a click outside and Cancel', async () => {
    const { close, ref, settle, cancelButton, question } = await render();
    ref.pressEscape();
    ref.clickOutside();
    cancelButton().click();
    await settle();
    expect(close).toHaveBeenCalledTimes(3);
    expect(question()).toBeUndefined();
  });

  it('asks before discarding typed text and keeps the dialog open on „Weiter bearbeiten“', async () => {
    const { close, ref, settle, type, answer, question } = await render();
    type('Praktikumsbörse');
    ref.pressEscape();
    await settle();
    expect(question()).toBe('Änderungen verwerfen?');
    await answer('Weiter bearbeiten');
    expect(close).not.toHaveBeenCalled();

    ref.clickOutside();
    await settle();
    expect(question()).toBe('Änderungen verwerfen?');
    await answer('Verwerfen');
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('asks on Cancel too, and only once however often Escape is pressed', async () => {
    const { close, ref, settle, type, cancelButton, answer } = await render();
    type('Praktikumsbörse');
    cancelButton().click();
    ref.pressEscape();
    await settle();
    expect(document.querySelectorAll('gw-confirm-dialog')).toHaveLength(1);
    await answer('Verwerfen');
    expect(close).toHaveBeenCalledTimes(1);
  });
});
