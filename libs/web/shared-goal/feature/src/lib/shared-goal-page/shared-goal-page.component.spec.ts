import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { type Initiative, PROBLEM_TYPES, type Role, type SharedGoal } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { SharedGoalPageComponent } from './shared-goal-page.component';
import { sharedGoal as sharedGoalTexts } from '../shared-goal.i18n';

const URL = '/api/v1/initiatives/i1/shared-goal';

const sharedGoal: SharedGoal = {
  vision: 'Kein junger Mensch geht verloren.',
  goals: [
    { id: 'g1', title: 'Kein Abschluss ohne Anschluss', description: '', position: 1 },
    { id: 'g2', title: 'Ausbildungsabbrüche halbieren', description: 'Bis 2029.', position: 2 },
  ],
  version: 4,
  updatedAt: '2026-03-01T10:00:00Z',
};

async function renderAs(myRole: Role, goal: SharedGoal = sharedGoal) {
  localStorage.clear();
  const initiative = signal({ id: 'i1', myRole } as Initiative);
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(true) }) } },
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
  TestBed.inject(I18nService).addTexts(sharedGoalTexts);
  const fixture = TestBed.createComponent(SharedGoalPageComponent);
  const backend = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  backend.expectOne(URL).flush(goal);
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const button = (name: string) =>
    Array.from(root.querySelectorAll('button')).find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
    );
  const titles = () =>
    Array.from(root.querySelectorAll<HTMLInputElement>('[formcontrolname=title]')).map(
      (input) => input.value,
    );
  return { root, backend, settle, button, titles };
}

describe('SharedGoalPageComponent', () => {
  it('shows the vision and the numbered goals to every member, with no way to edit', async () => {
    const { root, button } = await renderAs('partner');
    expect(root.textContent).toContain('Kein junger Mensch geht verloren.');
    const goals = Array.from(root.querySelectorAll('ol.goals li')).map((li) => li.textContent);
    expect(goals[0]).toContain('Kein Abschluss ohne Anschluss');
    expect(goals[1]).toContain('Bis 2029.');
    expect(button('Bearbeiten')).toBeUndefined();
  });

  it('lets the coordination office reorder goals by buttons and saves the new order', async () => {
    const { backend, settle, button, titles, root } = await renderAs('coordination');
    button('Bearbeiten')!.click();
    await settle();
    expect(titles()).toEqual(['Kein Abschluss ohne Anschluss', 'Ausbildungsabbrüche halbieren']);
    expect(button('Ziel 1 nach oben')?.disabled).toBe(true);

    button('Ziel 2 nach oben')!.click();
    await settle();
    expect(titles()).toEqual(['Ausbildungsabbrüche halbieren', 'Kein Abschluss ohne Anschluss']);
    expect(root.querySelector('[role=status]')?.textContent).toContain(
      'Ziel verschoben, jetzt an Stelle 1 von 2.',
    );

    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
    const save = backend.expectOne(URL);
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({
      vision: 'Kein junger Mensch geht verloren.',
      goals: [
        { id: 'g2', title: 'Ausbildungsabbrüche halbieren', description: 'Bis 2029.' },
        { id: 'g1', title: 'Kein Abschluss ohne Anschluss', description: '' },
      ],
      version: 4,
    });
  });

  it('removes a goal after confirmation and offers to reload on a stale version', async () => {
    const { backend, settle, button, titles, root } = await renderAs('coordination');
    button('Bearbeiten')!.click();
    await settle();
    button('Ziel 1 entfernen')!.click();
    await settle();
    expect(titles()).toEqual(['Ausbildungsabbrüche halbieren']);

    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
    backend
      .expectOne(URL)
      .flush(
        { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(root.textContent).toContain('Jemand anderes hat die Zielsetzung inzwischen geändert.');
    button('Neu laden')!.click();
    await settle();
    backend.expectOne(URL).flush({ ...sharedGoal, version: 5 });
    await settle();
    expect(titles()).toEqual(['Kein Abschluss ohne Anschluss', 'Ausbildungsabbrüche halbieren']);
    expect(root.textContent).not.toContain('Jemand anderes hat die Zielsetzung');
  });

  it('invites the coordination office to write a first shared goal', async () => {
    const { root, button } = await renderAs('coordination', {
      vision: '',
      goals: [],
      version: 1,
      updatedAt: null,
    });
    expect(root.textContent).toContain('Noch keine Zielsetzung');
    expect(button('Zielsetzung formulieren')).toBeDefined();
  });
});
