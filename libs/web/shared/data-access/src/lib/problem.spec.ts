import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { applyProblemToForm, problemMessage, serverFieldError, toProblem } from './problem';

const httpError = (status: number, body: unknown, headers?: Record<string, string>) =>
  new HttpErrorResponse({ status, error: body, headers: new HttpHeaders(headers) });

describe('problem handling', () => {
  it('chooses the message by the problem type before the status', () => {
    const problem = toProblem(
      httpError(409, {
        type: PROBLEM_TYPES.lastCoordinator,
        title: 'Conflict',
        status: 409,
        detail: '',
      }),
    );
    expect(problemMessage(problem)).toEqual({ key: 'error.lastCoordinator' });
  });

  it('explains a missing signatory and a taken name by their types', () => {
    const conflict = (type: string) =>
      problemMessage(
        toProblem(httpError(409, { type, title: 'Conflict', status: 409, detail: '' })),
      );
    expect(conflict(PROBLEM_TYPES.noSignatories)).toEqual({ key: 'error.noSignatories' });
    expect(conflict(PROBLEM_TYPES.duplicateName)).toEqual({ key: 'error.duplicateName' });
  });

  it('falls back to the status when the type is unknown or the body is not problem JSON', () => {
    expect(problemMessage(toProblem(httpError(403, 'Forbidden')))).toEqual({
      key: 'error.forbidden',
    });
    expect(problemMessage(toProblem(httpError(502, null)))).toEqual({ key: 'error.unavailable' });
    expect(problemMessage(toProblem(new HttpErrorResponse({ status: 0 })))).toEqual({
      key: 'error.network',
    });
  });

  it('tells how long to wait after too many attempts in whole minutes, rounded up', () => {
    const waitFor = (retryAfter: string) =>
      problemMessage(
        toProblem(
          httpError(
            429,
            { type: PROBLEM_TYPES.tooManyAttempts, title: '', status: 429, detail: '' },
            { 'Retry-After': retryAfter },
          ),
        ),
      );
    expect(waitFor('576')).toEqual({
      key: 'error.tooManyAttemptsMinutes',
      params: { minutes: 10 },
    });
    expect(waitFor('121')).toEqual({ key: 'error.tooManyAttemptsMinutes', params: { minutes: 3 } });
    expect(waitFor('42')).toEqual({ key: 'error.tooManyAttemptsMinute' });
    expect(waitFor('60')).toEqual({ key: 'error.tooManyAttemptsMinute' });
  });

  it('puts field errors on the matching controls and returns the rest', () => {
    const form = new FormGroup({
      name: new FormControl(''),
      region: new FormGroup({ municipality: new FormControl(''), districts: new FormControl([]) }),
    });
    const problem = toProblem(
      httpError(400, {
        type: PROBLEM_TYPES.validation,
        title: '',
        status: 400,
        detail: '',
        errors: [
          { field: 'region.municipality', message: 'municipality should not be empty' },
          {
            field: 'region.districts.0',
            message: 'each value in districts must be shorter than or equal to 100 characters',
          },
          { field: 'version', message: 'version must be an integer' },
        ],
      }),
    );

    const unmatched = applyProblemToForm(form, problem);

    expect(form.get('region.municipality')?.errors).toEqual({
      server: { key: 'validation.required' },
    });
    expect(form.get('region.municipality')?.touched).toBe(true);
    expect(form.get('region.districts')?.errors).toEqual({
      server: { key: 'validation.maxlength', params: { max: '100' } },
    });
    expect(unmatched.map((error) => error.field)).toEqual(['version']);
  });

  it('maps the API validator sentences to the UI messages', () => {
    expect(serverFieldError('email must be a valid e-mail address')).toEqual({
      key: 'validation.email',
    });
    expect(serverFieldError('password must be at least 10 characters long')).toEqual({
      key: 'validation.minlength',
      params: { min: '10' },
    });
    expect(serverFieldError('password is too common; choose a less common one')).toEqual({
      key: 'validation.commonPassword',
    });
    expect(serverFieldError('password must not be one character repeated')).toEqual({
      key: 'validation.weakPassword',
    });
    expect(serverFieldError('password must not consist of spaces only')).toEqual({
      key: 'validation.weakPassword',
    });
    expect(serverFieldError('something odd')).toEqual({ key: 'validation.invalid' });
  });

  it('lets the code of a field error decide before its sentence', () => {
    expect(serverFieldError('name is already taken', 'duplicate')).toEqual({
      key: 'validation.duplicate',
    });
    expect(serverFieldError('name is already taken', 'some_new_code')).toEqual({
      key: 'validation.invalid',
    });
  });
});
