import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Initiative, Member, Page, Role } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { MembersPageComponent } from './members-page.component';
import { members as memberTexts } from '../members.i18n';

const member = (id: string, displayName: string, role: Role): Member => ({
  id,
  userId: `user-${id}`,
  email: `${id}@lindenfeld.example`,
  displayName,
  role,
  version: 1,
  joinedAt: '2026-01-01T00:00:00Z',
});

const members: Page<Member> = {
  items: [member('anna', 'Anna Keller', 'coordination'), member('bernd', 'Bernd Weber', 'partner')],
  total: 2,
  page: 1,
  pageSize: 20,
};

async function renderAs(myRole: Role) {
  localStorage.clear();
  const initiative = signal({ id: 'i1', myRole } as Initiative);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      {
        provide: InitiativesStore,
        useValue: {
          initiative,
          isCoordination: computed(() => initiative().myRole === 'coordination'),
          reload: jest.fn(),
        },
      },
    ],
  });
  TestBed.inject(I18nService).addTexts(memberTexts);
  const fixture = TestBed.createComponent(MembersPageComponent);
  const backend = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  backend.expectOne((request) => request.url === '/api/v1/initiatives/i1/members').flush(members);
  const invitations = backend.match((request) => request.url.endsWith('/invitations'));
  for (const request of invitations) {
    request.flush({ items: [], total: 0, page: 1, pageSize: 100 });
  }
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  return {
    root: fixture.nativeElement as HTMLElement,
    invitationRequests: invitations.length,
  };
}

describe('MembersPageComponent', () => {
  it('lists members with their roles for every member', async () => {
    const { root } = await renderAs('partner');
    const rows = Array.from(root.querySelectorAll('tr[mat-row]')).map((row) => row.textContent);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Anna Keller');
    expect(rows[0]).toContain('Koordinationsstelle');
    expect(rows[1]).toContain('Partner');
  });

  it('hides role changes, removal and invitations from a partner', async () => {
    const { root, invitationRequests } = await renderAs('partner');
    expect(root.querySelector('mat-select')).toBeNull();
    expect(root.querySelector('[aria-label$="entfernen"]')).toBeNull();
    expect(root.querySelector('gw-invite-member')).toBeNull();
    expect(root.querySelector('gw-pending-invitations')).toBeNull();
    expect(invitationRequests).toBe(0);
    expect(root.textContent).toContain(
      'Nur die Koordinationsstelle kann Mitglieder einladen und Rollen ändern.',
    );
  });

  it('offers the coordination office a role select and removal per member, and the invite form', async () => {
    const { root, invitationRequests } = await renderAs('coordination');
    const selects = Array.from(root.querySelectorAll('mat-select')).map((select) =>
      select.getAttribute('aria-label'),
    );
    expect(selects).toEqual(['Rolle von Anna Keller', 'Rolle von Bernd Weber']);
    expect(root.querySelector('[aria-label="Bernd Weber entfernen"]')).not.toBeNull();
    expect(root.querySelector('gw-invite-member')).not.toBeNull();
    expect(invitationRequests).toBe(1);
    expect(root.textContent).not.toContain('Nur die Koordinationsstelle');
  });
});
