import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PhaseOverview, Step } from '@gw/shared/contracts';
import { I18nService } from '@gw/web/shared/i18n';
import { PhaseStepsComponent } from './phase-steps.component';
import { phases } from '../phases.i18n';

const step = (overrides: Partial<Step>): Step => ({
  id: 's',
  phase: 'initiierung',
  key: null,
  title: null,
  position: 1,
  status: 'open',
  responsible: null,
  dueDate: null,
  note: '',
  version: 1,
  ...overrides,
});

const overview: PhaseOverview = {
  phase: 'initiierung',
  current: true,
  completed: false,
  steps: [
    step({
      id: 'a',
      key: 'form_steering_group',
      status: 'done',
      responsible: { memberId: 'm1', displayName: 'Dr. Petra Lindner' },
      dueDate: '2020-01-31',
    }),
    step({ id: 'b', title: 'Auftaktveranstaltung', position: 2, dueDate: '2020-02-01' }),
  ],
};

async function render(canEdit: boolean, shown: PhaseOverview = overview) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  TestBed.inject(I18nService).addTexts(phases);
  const fixture = TestBed.createComponent(PhaseStepsComponent);
  fixture.componentRef.setInput('overview', shown);
  fixture.componentRef.setInput('number', 1);
  fixture.componentRef.setInput('canEdit', canEdit);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const labels = (selector: string) =>
    Array.from(root.querySelectorAll(selector)).map((el) => el.getAttribute('aria-label'));
  return { root, labels };
}

describe('PhaseStepsComponent', () => {
  it('shows each step with its status, responsible and due date to every member', async () => {
    const { root, labels } = await render(false);
    const steps = Array.from(root.querySelectorAll('li.step')).map((li) => li.textContent);
    expect(steps[0]).toContain('Steuerungsgruppe bilden');
    expect(steps[0]).toContain('Dr. Petra Lindner');
    expect(steps[0]).toContain('31. Januar 2020');
    expect(steps[0]).toContain('erledigt');
    expect(steps[1]).toContain('Auftaktveranstaltung');
    expect(steps[1]).toContain('Eigener Schritt');
    expect(root.textContent).toContain('1 von 2 Schritten erledigt');
    expect(root.querySelector('mat-select')).toBeNull();
    expect(labels('button')).toEqual([]);
  });

  it('marks an open step past its due date as overdue, a done one not', async () => {
    const { root } = await render(false);
    const [done, open] = Array.from(root.querySelectorAll('li.step'));
    expect(done.textContent).not.toContain('überfällig');
    expect(open.textContent).toContain('überfällig');
  });

  it('offers the coordination office status, editing, adding, and deleting custom steps', async () => {
    const { labels } = await render(true);
    expect(labels('mat-select')).toEqual([
      'Status von „Steuerungsgruppe bilden“',
      'Status von „Auftaktveranstaltung“',
    ]);
    expect(labels('button')).toEqual([
      'Schritt hinzufügen, Phase Initiierung',
      '„Steuerungsgruppe bilden“ bearbeiten',
      '„Auftaktveranstaltung“ bearbeiten',
      '„Auftaktveranstaltung“ löschen',
    ]);
  });

  it('shows the steps of a finished phase read-only, also to the coordination office, and says why', async () => {
    const finished = { ...overview, current: false, completed: true };
    const { root, labels } = await render(true, finished);
    expect(root.querySelector('mat-select')).toBeNull();
    expect(labels('button')).toEqual([]);
    expect(root.querySelector('.read-only')?.textContent).toContain(
      'Diese Phase ist abgeschlossen',
    );
    expect(root.querySelector('li.step')?.textContent).toContain('erledigt');
  });

  it('says nothing about a finished phase to members who cannot edit anyway', async () => {
    const { root } = await render(false, { ...overview, current: false, completed: true });
    expect(root.querySelector('.read-only')).toBeNull();
  });
});
