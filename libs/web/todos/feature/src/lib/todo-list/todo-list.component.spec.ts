import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { TodoItem } from '@gw/shared/contracts';
import { I18nService } from '@gw/web/shared/i18n';
import { TodoListComponent } from './todo-list.component';

const item = (overrides: Partial<TodoItem>): TodoItem => ({
  kind: 'signature',
  title: 'Kooperationsvereinbarung',
  detail: 'Jobcenter Lindenfeld',
  initiative: { id: 'i1', name: 'Jugendpakt Lindenfeld' },
  dueDate: null,
  overdue: false,
  section: 'agreement',
  link: { path: ['/initiatives', 'i1', 'agreement'], query: { v: '2' } },
  ...overrides,
});

const delivery = item({
  kind: 'delivery',
  title: 'Beratungen',
  detail: '2026-Q3',
  dueDate: '2026-10-14',
  overdue: true,
  section: 'measurements',
  link: { path: ['/initiatives', 'i1', 'measurements', 'ind1'], query: {} },
});

async function render(initiativeId: string | null, answer: object) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(TodoListComponent);
  fixture.componentRef.setInput('initiativeId', initiativeId);
  fixture.detectChanges();
  const url = initiativeId ? `/api/v1/initiatives/${initiativeId}/todos` : '/api/v1/me/todos';
  TestBed.inject(HttpTestingController).expectOne(url).flush(answer);
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const links = () =>
    Array.from(root.querySelectorAll<HTMLAnchorElement>('a.item')).map((a) => ({
      text: ['.action', '.context', '.due']
        .map((part) => a.querySelector(part)?.textContent?.trim())
        .filter(Boolean)
        .join(' | '),
      href: a.getAttribute('href'),
      overdue: a.classList.contains('overdue'),
    }));
  return { root, links, i18n: TestBed.inject(I18nService), fixture };
}

describe('TodoListComponent', () => {
  it('links each to-do of the initiative to where it is done, the overdue one marked', async () => {
    const { links, root } = await render('i1', { items: [delivery, item({})], total: 2 });
    expect(links()).toEqual([
      {
        text: 'Wert liefern: Beratungen | 3. Quartal 2026 | überfällig seit 14. Oktober 2026',
        href: '/initiatives/i1/measurements/ind1',
        overdue: true,
      },
      {
        text: 'Kooperationsvereinbarung unterschreiben | für Jobcenter Lindenfeld',
        href: '/initiatives/i1/agreement?v=2',
        overdue: false,
      },
    ]);
    expect(root.querySelector('.count')?.textContent).toContain('2 offen');
  });

  it('names the initiative of each to-do on the start page, and how many more there are', async () => {
    const transition = item({
      kind: 'transition',
      title: 'gestaltung',
      detail: 'initiierung',
      section: 'phases',
      link: { path: ['/initiatives', 'i1', 'phases'], query: {} },
    });
    const { links, root } = await render(null, {
      items: [transition],
      initiatives: [{ id: 'i1', name: 'Jugendpakt Lindenfeld', total: 3 }],
      total: 3,
    });
    expect(links()[0]!.text).toBe(
      'Über den Phasenwechsel entscheiden | Initiierung → Gestaltung · Jugendpakt Lindenfeld',
    );
    expect(root.querySelector('.more')?.textContent).toContain('und 2 weitere');
  });

  it('says so when nothing waits, in English too', async () => {
    const { root, i18n, fixture } = await render('i1', { items: [], total: 0 });
    expect(root.querySelector('.empty-title')?.textContent).toContain('Nichts offen');
    i18n.setLang('en');
    await fixture.whenStable();
    expect(root.querySelector('.empty-title')?.textContent).toContain('Nothing waiting for you');
  });
});
