import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { RegisterComponent } from './register.component';

describe('RegisterComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(RegisterComponent);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    /** The submit handler is async: let its promise chain finish, then render. */
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    const submit = async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit'));
      await settle();
    };
    return { fixture, root, type, submit, settle, backend: TestBed.inject(HttpTestingController) };
  }

  it('refuses a short password at the field without calling the API', async () => {
    const { root, type, submit, backend } = await render();
    type('[formcontrolname=displayName]', 'Anna Keller');
    type('[formcontrolname=email]', 'anna@lindenfeld.de');
    type('[formcontrolname=password]', 'short');
    await submit();
    expect(root.querySelector('mat-error')?.textContent).toContain('mindestens 10 Zeichen');
    backend.expectNone('/api/v1/auth/register');
  });

  it('shows "e-mail taken" at the e-mail field', async () => {
    const { root, type, submit, settle, backend } = await render();
    type('[formcontrolname=displayName]', 'Anna Keller');
    type('[formcontrolname=email]', 'anna@lindenfeld.de');
    type('[formcontrolname=password]', 'ein-langes-passwort');
    await submit();
    backend
      .expectOne('/api/v1/auth/register')
      .flush(
        { type: PROBLEM_TYPES.emailTaken, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    const errors = Array.from(root.querySelectorAll('mat-error')).map((e) => e.textContent);
    expect(errors).toContain('Für diese E-Mail-Adresse gibt es schon ein Konto.');
  });

  it('shows the API\'s "too common" answer at the password field', async () => {
    const { root, type, submit, settle, backend } = await render();
    type('[formcontrolname=displayName]', 'Anna Keller');
    type('[formcontrolname=email]', 'anna@lindenfeld.de');
    type('[formcontrolname=password]', 'password12');
    await submit();
    backend.expectOne('/api/v1/auth/register').flush(
      {
        type: PROBLEM_TYPES.validation,
        title: 'Bad Request',
        status: 400,
        detail: 'The request has an invalid field.',
        errors: [
          { field: 'password', message: 'password is too common; choose a less common one' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const errors = Array.from(root.querySelectorAll('mat-error')).map((e) => e.textContent);
    expect(errors).toContain(
      'Dieses Passwort ist zu verbreitet. Bitte wählen Sie ein weniger gebräuchliches.',
    );
  });

  it('logs in right after registering and goes to the return address', async () => {
    const { fixture, type, submit, settle, backend } = await render();
    fixture.componentRef.setInput('returnUrl', '/invitations/abc');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('[formcontrolname=displayName]', 'Anna Keller');
    type('[formcontrolname=email]', 'anna@lindenfeld.de');
    type('[formcontrolname=password]', 'ein-langes-passwort');
    await submit();
    backend.expectOne('/api/v1/auth/register').flush({ id: 'u1' });
    const login = backend.expectOne('/api/v1/auth/login');
    expect(login.request.body).toEqual({
      email: 'anna@lindenfeld.de',
      password: 'ein-langes-passwort',
    });
    login.flush({
      accessToken: 'a',
      accessTokenExpiresIn: 900,
      refreshToken: 'r',
      user: { id: 'u1', email: 'anna@lindenfeld.de', displayName: 'Anna Keller', createdAt: '' },
    });
    await settle();
    expect(navigate).toHaveBeenCalledWith('/invitations/abc');
  });
});
