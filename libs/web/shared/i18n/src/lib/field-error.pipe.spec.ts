import { TestBed } from '@angular/core/testing';
import { FieldErrorPipe } from './field-error.pipe';
import { I18nService } from './i18n.service';

describe('FieldErrorPipe', () => {
  let pipe: FieldErrorPipe;

  beforeEach(() => {
    localStorage.clear();
    pipe = TestBed.runInInjectionContext(() => new FieldErrorPipe());
  });

  it('explains length errors with the limit', () => {
    expect(pipe.transform({ minlength: { requiredLength: 10, actualLength: 3 } })).toBe(
      'Bitte geben Sie mindestens 10 Zeichen ein.',
    );
    expect(pipe.transform({ maxlength: { requiredLength: 200, actualLength: 201 } })).toBe(
      'Bitte geben Sie höchstens 200 Zeichen ein.',
    );
  });

  it('shows a server error through its translation key, in the current language', () => {
    TestBed.inject(I18nService).setLang('en');
    expect(pipe.transform({ server: { key: 'validation.email' } })).toBe(
      'Please enter a valid e-mail address.',
    );
  });

  it('shows nothing for a valid control', () => {
    expect(pipe.transform(null)).toBe('');
  });
});
