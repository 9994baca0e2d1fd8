import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@gw/web/shared/data-access';
import { App } from './app';

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  it('starts with a skip link to the main content', async () => {
    const { root } = await render();
    const first = root.querySelector('a');
    expect(first?.textContent).toContain('Zum Inhalt springen');
    expect(root.querySelector('main#main')).not.toBeNull();
  });

  it('switches the whole shell to English and back', async () => {
    const { fixture, root } = await render();
    const language = root.querySelector<HTMLButtonElement>('button.language')!;
    expect(language.textContent).toContain('English');
    language.click();
    await fixture.whenStable();
    expect(language.textContent).toContain('Deutsch');
    expect(root.textContent).toContain('Skip to content');
    expect(document.documentElement.lang).toBe('en');
  });

  it('offers login to visitors and a user menu with logout to members', async () => {
    const { fixture, root } = await render();
    expect(root.querySelector('a[href="/auth/login"]')).not.toBeNull();

    TestBed.inject(AuthStore)
      .login({ email: 'anna@lindenfeld.example', password: 'x' })
      .subscribe();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/auth/login')
      .flush({
        accessToken: 'a',
        accessTokenExpiresIn: 900,
        refreshToken: 'r',
        user: { id: 'u', email: 'anna@lindenfeld.example', displayName: 'Anna', createdAt: '' },
      });
    await fixture.whenStable();
    expect(root.querySelector('a[href="/auth/login"]')).toBeNull();
    expect(root.querySelector('[aria-label="Benutzermenü"]')).not.toBeNull();
    expect(root.querySelector('#user-menu')?.textContent).toContain('Abmelden');
  });
});
