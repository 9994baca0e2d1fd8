import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { TodoItem, TodoKind, TodoSection } from '@gw/shared/contracts';
import { TodosStore } from './todos.store';

const todo = (kind: TodoKind, section: TodoSection, initiativeId = 'i1'): TodoItem => ({
  kind,
  title: 'Kooperationsvereinbarung',
  detail: null,
  initiative: { id: initiativeId, name: 'Jugendpakt' },
  dueDate: null,
  overdue: false,
  section,
  link: { path: ['/initiatives', initiativeId, section], query: {} },
});

function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return { store: TestBed.inject(TodosStore), backend: TestBed.inject(HttpTestingController) };
}

describe('TodosStore', () => {
  it('reads the initiative’s to-dos and counts them per section for the navigation', async () => {
    const { store, backend } = setup();
    expect(store.openCounts()).toEqual({});
    const loading = store.loadInitiative('i1');
    expect(store.initiativeLoading()).toBe(true);
    const items = [
      todo('signature', 'agreement'),
      todo('value_review', 'measurements'),
      todo('delivery', 'measurements'),
    ];
    backend.expectOne('/api/v1/initiatives/i1/todos').flush({ items, total: 3 });
    await loading;
    expect(store.initiativeId()).toBe('i1');
    expect(store.initiativeTodos()?.items).toHaveLength(3);
    expect(store.openCounts()).toEqual({ agreement: 1, measurements: 2 });
  });

  it('reads afresh on every visit, and never shows another initiative’s list meanwhile', async () => {
    const { store, backend } = setup();
    const first = store.loadInitiative('i1');
    backend.expectOne('/api/v1/initiatives/i1/todos').flush({
      items: [todo('signature', 'agreement')],
      total: 1,
    });
    await first;

    const other = store.loadInitiative('i2');
    expect(store.initiativeTodos()).toBeNull();
    expect(store.openCounts()).toEqual({});
    backend.expectOne('/api/v1/initiatives/i2/todos').flush({ items: [], total: 0 });
    await other;

    const again = store.loadInitiative('i2');
    expect(store.initiativeTodos()).toEqual({ items: [], total: 0 });
    backend.expectOne('/api/v1/initiatives/i2/todos').flush({
      items: [todo('transition', 'phases', 'i2')],
      total: 1,
    });
    await again;
    expect(store.openCounts()).toEqual({ phases: 1 });
  });

  it('reads the user’s to-dos across their initiatives, and keeps a failure to show', async () => {
    const { store, backend } = setup();
    const mine = store.loadMine();
    backend.expectOne('/api/v1/me/todos').flush({
      items: [todo('signature', 'agreement')],
      initiatives: [{ id: 'i1', name: 'Jugendpakt', total: 1 }],
      total: 1,
    });
    await mine;
    expect(store.myTodos()?.total).toBe(1);

    const failing = store.loadMine();
    backend
      .expectOne('/api/v1/me/todos')
      .flush({ status: 500 }, { status: 500, statusText: 'Server Error' });
    await failing;
    expect(store.myError()).not.toBeNull();
    expect(store.myTodos()?.total).toBe(1);
  });
});
