import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Actor, Initiative, Page, Role } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { ActorsPageComponent } from './actors-page.component';
import { actors as actorTexts } from '../actors.i18n';
import { existingBodies } from '../existing-bodies.i18n';

const BASE = '/api/v1/initiatives/i1';

const actor: Actor = {
  id: 'a1',
  name: 'Jugendamt Auenstadt',
  area: 'social',
  kind: 'administration',
  contacts: [{ name: 'Andreas Meyer', function: '', email: '', phone: '' }],
  existingCooperation: true,
  plannedCoreGroup: false,
  extendedForums: false,
  contributions: '',
  resources: '',
  website: '',
  isPartner: true,
  representatives: [],
  version: 1,
  createdAt: '',
  updatedAt: '',
};

const page = (items: Actor[]): Page<Actor> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

async function renderAs(myRole: Role, actors: Actor[] = [actor]) {
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
          access: computed(() => ({ id: 'i1', phase: 'initiierung', role: initiative().myRole })),
        },
      },
    ],
  });
  TestBed.inject(I18nService).addTexts(actorTexts, existingBodies);
  const fixture = TestBed.createComponent(ActorsPageComponent);
  const backend = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  backend.expectOne((request) => request.url === `${BASE}/actors`).flush(page(actors));
  backend.expectOne(`${BASE}/actors/summary`).flush([]);
  const members = backend.match((request) => request.url === `${BASE}/members`);
  for (const request of members) request.flush({ items: [], total: 0, page: 1, pageSize: 100 });
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const buttons = () =>
    Array.from(root.querySelectorAll('button')).map(
      (b) => b.getAttribute('aria-label') ?? b.textContent?.trim(),
    );
  return { root, buttons, membersLoaded: members.length, fixture };
}

describe('ActorsPageComponent', () => {
  it('lets the coordination office add, import, edit and delete, with the table itself read-only', async () => {
    const { root, buttons, membersLoaded } = await renderAs('coordination');
    expect(buttons()).toEqual(
      expect.arrayContaining([
        'Akteur hinzufügen',
        'Importieren',
        'Als CSV-Datei exportieren',
        'Als Excel-Datei exportieren',
        'Jugendamt Auenstadt bearbeiten',
        'Jugendamt Auenstadt löschen',
      ]),
    );
    // No live controls in the rows: a row changes only through its edit button.
    expect(root.querySelector('table mat-checkbox, table mat-select')).toBeNull();
    const cell = (column: string) =>
      root.querySelector(`td.mat-column-${column}`)?.textContent?.trim();
    expect(cell('area')).toBe('Soziales');
    expect(cell('isPartner')).toBe('Ja');
    expect(cell('plannedCoreGroup')).toContain('Nein');
    expect(root.querySelector('.actor-name')?.getAttribute('lang')).toBe('de');
    expect(membersLoaded).toBe(1);
  });

  it('shows other members the table to read and export, without any way to change it', async () => {
    const { root, buttons, membersLoaded } = await renderAs('partner');
    expect(buttons()).toContain('Als CSV-Datei exportieren');
    expect(buttons()).not.toContain('Akteur hinzufügen');
    expect(buttons()).not.toContain('Importieren');
    expect(buttons()).not.toContain('Jugendamt Auenstadt löschen');
    expect(root.querySelector('mat-checkbox')).toBeNull();
    expect(root.querySelector('mat-select[aria-label^="Bereich von"]')).toBeNull();
    expect(root.querySelector('table')?.textContent).toContain('Soziales');
    expect(root.textContent).toContain(
      'Nur die Koordinationsstelle kann die Akteurstabelle bearbeiten.',
    );
    expect(membersLoaded).toBe(0);
  });

  it.each([
    ['steering', true],
    ['observer', false],
  ] as const)('as %s, shows contact persons in the details: %s', async (role, shown) => {
    // The API sends observers, partners and working groups actors without contacts.
    const { root, fixture } = await renderAs(role, [shown ? actor : { ...actor, contacts: [] }]);
    root.querySelector<HTMLButtonElement>('button[aria-expanded]')?.click();
    await fixture.whenStable();
    const details = root.querySelector('gw-actor-details')?.textContent ?? '';
    expect(details).toContain('Mögliche Beiträge');
    expect(details.includes('Ansprechpersonen')).toBe(shown);
    expect(details.includes('Andreas Meyer')).toBe(shown);
    expect(details).not.toContain('Noch keine Ansprechperson');
  });

  it('invites the coordination office to add or import the first actors', async () => {
    const { root, buttons } = await renderAs('coordination', []);
    expect(root.textContent).toContain('Noch keine Akteure');
    expect(buttons().filter((name) => name === 'Importieren')).toHaveLength(2);
    expect(root.querySelector('table')).toBeNull();
  });
});
