import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type Initiative, PROBLEM_TYPES, type Role } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { InitiativeOverviewComponent } from './initiative-overview.component';

const initiative = (myRole: Role, version = 3): Initiative => ({
  id: 'i1',
  name: 'Jugendpakt Lindenfeld',
  description: 'Gemeinsam für junge Menschen.',
  targetGroups: ['young_people'],
  customTargetGroups: [],
  region: { municipality: 'Lindenfeld', districts: [] },
  owner: null,
  phase: 'gestaltung',
  approvalQuorum: 'majority',
  suppressionThreshold: 5,
  version,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  myRole,
});

async function render(myRole: Role) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const store = TestBed.inject(InitiativesStore);
  const loaded = store.load('i1');
  backend.expectOne('/api/v1/initiatives/i1').flush(initiative(myRole));
  await loaded;
  const fixture = TestBed.createComponent(InitiativeOverviewComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const button = (name: string) =>
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  return { root, backend, settle, button };
}

describe('InitiativeOverviewComponent', () => {
  it('shows the phases with the current one marked', async () => {
    const { root } = await render('partner');
    const current = root.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('Gestaltung');
    expect(current?.textContent).toContain('Aktionsplan');
  });

  it('shows what waits for the user in this initiative, linked to where it is done', async () => {
    const { root, backend, settle } = await render('partner');
    backend.expectOne('/api/v1/initiatives/i1/todos').flush({
      items: [
        {
          kind: 'signature',
          title: 'Kooperationsvereinbarung',
          detail: 'Jobcenter Lindenfeld',
          initiative: { id: 'i1', name: 'Jugendpakt Lindenfeld' },
          dueDate: null,
          overdue: false,
          section: 'agreement',
          link: { path: ['/initiatives', 'i1', 'agreement'], query: { v: '1' } },
        },
      ],
      total: 1,
    });
    await settle();
    const todo = root.querySelector<HTMLAnchorElement>('gw-todo-list a');
    expect(todo?.textContent).toContain('Kooperationsvereinbarung unterschreiben');
    expect(todo?.getAttribute('href')).toBe('/initiatives/i1/agreement?v=1');
  });

  it('offers the coordination office to edit the profile', async () => {
    expect((await render('coordination')).button('Bearbeiten')).toBeDefined();
  });

  it('offers no editing to other roles', async () => {
    expect((await render('steering')).button('Bearbeiten')).toBeUndefined();
  });

  it('sends the version it read and, on a stale version, offers to reload', async () => {
    const { root, backend, settle, button } = await render('coordination');
    button('Bearbeiten')!.click();
    await settle();
    const name = root.querySelector<HTMLInputElement>('[formcontrolname=name]')!;
    name.value = 'Jugendpakt Lindenfeld 2030';
    name.dispatchEvent(new Event('input'));
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();

    const update = backend.expectOne('/api/v1/initiatives/i1');
    expect(update.request.method).toBe('PATCH');
    expect(update.request.body).toMatchObject({ version: 3, name: 'Jugendpakt Lindenfeld 2030' });
    update.flush(
      { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(root.textContent).toContain('Jemand anderes hat diese Initiative inzwischen geändert.');

    button('Neu laden')!.click();
    await settle();
    backend.expectOne('/api/v1/initiatives/i1').flush(initiative('coordination', 4));
    await settle();
    expect(root.textContent).not.toContain('Jemand anderes hat diese Initiative');
    expect(root.querySelector<HTMLInputElement>('[formcontrolname=name]')!.value).toBe(
      'Jugendpakt Lindenfeld',
    );
  });

  it('shows the minimum number of cases for publications to every member', async () => {
    const { root } = await render('partner');
    const fact = Array.from(root.querySelectorAll('.fact')).find(
      (element) =>
        element.querySelector('dt')?.textContent === 'Mindestfallzahl für Veröffentlichungen',
    );
    expect(fact?.querySelector('dd')?.textContent).toBe('5');
  });

  it('lets the coordination office change the threshold, checked here and by the API', async () => {
    const { root, backend, settle, button } = await render('coordination');
    button('Bearbeiten')!.click();
    await settle();
    const threshold = root.querySelector<HTMLInputElement>(
      '[formcontrolname=suppressionThreshold]',
    )!;
    expect(threshold.value).toBe('5');
    expect(root.textContent).toContain('Schützt kleine Gruppen');

    threshold.value = '0';
    threshold.dispatchEvent(new Event('input'));
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
    backend.expectNone('/api/v1/initiatives/i1');
    expect(root.textContent).toContain('Bitte geben Sie eine ganze Zahl von 1 bis 100 ein.');

    threshold.value = '10';
    threshold.dispatchEvent(new Event('input'));
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
    const update = backend.expectOne('/api/v1/initiatives/i1');
    expect(update.request.body).toMatchObject({ version: 3, suppressionThreshold: 10 });
    update.flush(
      {
        type: PROBLEM_TYPES.validation,
        title: 'Bad Request',
        status: 400,
        detail: '',
        errors: [
          { field: 'suppressionThreshold', message: 'suppressionThreshold must be an integer' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(root.querySelector('mat-error')?.textContent).toContain(
      'Bitte prüfen Sie diese Eingabe.',
    );
  });
});
