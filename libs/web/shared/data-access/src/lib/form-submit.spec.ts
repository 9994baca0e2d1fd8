import { HttpErrorResponse } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { FormSubmit, type FormSubmitOptions } from './form-submit';

@Component({
  selector: 'gw-test-form',
  imports: [ReactiveFormsModule],
  template: `<form [formGroup]="form">
    <input formControlName="name" /><input formControlName="email" />
  </form>`,
})
class TestFormComponent {
  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    email: new FormControl('', { nonNullable: true }),
  });
  readonly submission = new FormSubmit(this.form, options);
}

let options: FormSubmitOptions = {};

async function setUp(submitOptions: FormSubmitOptions = {}) {
  options = submitOptions;
  const fixture = TestBed.createComponent(TestFormComponent);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  const { form, submission } = fixture.componentInstance;
  return { form, submission, root: fixture.nativeElement as HTMLElement };
}

const validationProblem = new HttpErrorResponse({
  status: 400,
  error: {
    type: PROBLEM_TYPES.validation,
    title: 'Bad Request',
    status: 400,
    detail: '',
    errors: [{ field: 'email', message: 'email must be an email' }],
  },
});

describe('FormSubmit', () => {
  it('refuses an invalid form without sending and marks its fields', async () => {
    const { form, submission, root } = await setUp({ explainInvalid: true });
    const send = jest.fn();
    expect(await submission.run(send)).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(form.controls.name.touched).toBe(true);
    expect(document.activeElement).toBe(root.querySelector('[formcontrolname=name]'));
    expect(submission.error()).toEqual({ key: 'error.validation' });

    form.controls.name.setValue('Anna');
    expect(submission.visibleError()).toBeNull();
  });

  it('ignores a second submit while the first is being sent', async () => {
    const { form, submission } = await setUp();
    form.controls.name.setValue('Anna');
    let finish: () => void = () => undefined;
    const send = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const first = submission.run(send);
    expect(submission.saving()).toBe(true);
    expect(await submission.run(send)).toBe(false);
    finish();
    expect(await first).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
    expect(submission.saving()).toBe(false);
  });

  it('puts the API field errors on the controls and shows the message of the problem', async () => {
    const { form, submission } = await setUp();
    form.controls.name.setValue('Anna');
    expect(await submission.run(() => Promise.reject(validationProblem))).toBe(false);
    expect(form.controls.email.errors).toEqual({ server: { key: 'validation.email' } });
    expect(submission.error()).toEqual({ key: 'error.validation' });
    expect(submission.saving()).toBe(false);
  });

  it('marks a stale version as a conflict rather than an error, until reset', async () => {
    const { form, submission } = await setUp();
    form.controls.name.setValue('Anna');
    const stale = new HttpErrorResponse({
      status: 409,
      error: { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
    });
    await submission.run(() => Promise.reject(stale));
    expect(submission.stale()).toBe(true);
    expect(submission.error()).toBeNull();
    submission.reset();
    expect(submission.stale()).toBe(false);
  });

  it('lets the caller choose the message, or none', async () => {
    const { form, submission } = await setUp({ message: () => null });
    form.controls.name.setValue('Anna');
    await submission.run(() => Promise.reject(validationProblem));
    expect(submission.error()).toBeNull();
  });
});
