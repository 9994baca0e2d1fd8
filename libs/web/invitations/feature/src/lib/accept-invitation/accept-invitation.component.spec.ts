import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type InvitationPreview, type InvitationStatus, PROBLEM_TYPES } from '@gw/shared/contracts';
import { AuthStore } from '@gw/web/shared/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { AcceptInvitationComponent } from './accept-invitation.component';
import { invitations } from '../invitations.i18n';

const preview = (status: InvitationStatus = 'pending'): InvitationPreview => ({
  initiativeName: 'Jugendpakt Lindenfeld',
  role: 'partner',
  email: 'bernd@traeger.example',
  status,
  expiresAt: '2026-12-05T10:00:00Z',
});

async function render(options: { status?: InvitationStatus; loggedInAs?: string } = {}) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  if (options.loggedInAs) {
    TestBed.inject(AuthStore).login({ email: options.loggedInAs, password: 'x' }).subscribe();
    backend.expectOne('/api/v1/auth/login').flush({
      accessToken: 'a',
      accessTokenExpiresIn: 900,
      refreshToken: 'r',
      user: { id: 'u', email: options.loggedInAs, displayName: 'Bernd', createdAt: '' },
    });
  }
  TestBed.inject(I18nService).addTexts(invitations);
  const fixture = TestBed.createComponent(AcceptInvitationComponent);
  fixture.componentRef.setInput('token', 'tok-123');
  await fixture.whenStable();
  backend.expectOne('/api/v1/invitations/tok-123').flush(preview(options.status));
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  return { root: fixture.nativeElement as HTMLElement, backend, settle };
}

describe('AcceptInvitationComponent', () => {
  it('shows a visitor the initiative and role, and ways to log in or register that come back', async () => {
    const { root } = await render();
    expect(root.textContent).toContain('Jugendpakt Lindenfeld');
    expect(root.textContent).toContain('Partner');
    const links = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toContain(
      '/auth/login?returnUrl=%2Finvitations%2Ftok-123&email=bernd@traeger.example',
    );
    expect(links).toContain(
      '/auth/register?returnUrl=%2Finvitations%2Ftok-123&email=bernd@traeger.example',
    );
    expect(root.querySelector('button[type=submit]')).toBeNull();
  });

  it('explains an expired invitation instead of offering to accept it', async () => {
    const { root } = await render({ status: 'expired', loggedInAs: 'bernd@traeger.example' });
    expect(root.textContent).toContain('Diese Einladung ist abgelaufen.');
    expect(root.querySelector('button[type=submit]')).toBeNull();
  });

  it('tells someone logged in with another address to switch accounts', async () => {
    const { root } = await render({ loggedInAs: 'anna@lindenfeld.example' });
    expect(root.textContent).toContain(
      'Sie sind als anna@lindenfeld.example angemeldet, die Einladung gilt aber für bernd@traeger.example.',
    );
    expect(root.querySelector('button[type=submit]')).toBeNull();
  });

  it('shows why accepting failed, e.g. when the link was used already', async () => {
    const { root, backend, settle } = await render({ loggedInAs: 'bernd@traeger.example' });
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
    backend
      .expectOne('/api/v1/invitations/tok-123/accept')
      .flush(
        { type: PROBLEM_TYPES.invitationUsed, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(root.textContent).toContain('Diese Einladung wurde bereits angenommen.');
  });
});
