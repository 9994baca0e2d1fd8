import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PROBLEM_TYPES, type Member, type PhaseOverview, type Step } from '@gw/shared/contracts';
import { PhasesStore } from '@gw/web/phases/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { fakeDialogRef, provideDateAdapter } from '@gw/web/shared/ui';
import { StepDialogComponent, type StepDialogData } from './step-dialog.component';
import { phases as phaseTexts } from '../phases.i18n';

const BASE = '/api/v1/initiatives/i1';

const step = (overrides: Partial<Step> = {}): Step => ({
  id: 's1',
  phase: 'initiierung',
  key: 'form_steering_group',
  title: null,
  position: 2,
  status: 'in_progress',
  responsible: null,
  dueDate: '2026-09-15',
  note: 'Erste Sitzung im September.',
  version: 3,
  ...overrides,
});

const phases = (current: Step): PhaseOverview[] => [
  { phase: 'initiierung', current: true, completed: false, steps: [current] },
];

const member: Member = {
  id: 'm1',
  userId: 'u1',
  email: 'petra@auenstadt.example',
  displayName: 'Dr. Petra Lindner',
  role: 'steering',
  version: 1,
  joinedAt: '',
};

async function render(data: Partial<StepDialogData> = {}) {
  localStorage.clear();
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideDateAdapter(),
      { provide: MatDialogRef, useValue: fakeDialogRef(close) },
      {
        provide: MAT_DIALOG_DATA,
        useValue: { phase: 'initiierung', step: step(), members: [member], ...data },
      },
    ],
  });
  TestBed.inject(I18nService).addTexts(phaseTexts);
  const backend = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(PhasesStore).load('i1', { withTransitions: false });
  backend.expectOne(`${BASE}/phases`).flush(phases(step()));
  await loading;
  const fixture = TestBed.createComponent(StepDialogComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const field = (name: string) =>
    root.querySelector<HTMLInputElement & HTMLTextAreaElement>(`[formcontrolname=${name}]`)!;
  const type = (name: string, value: string) => {
    field(name).value = value;
    field(name).dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
  };
  const button = (name: string) =>
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  return { root, backend, settle, field, type, submit, button, close };
}

describe('StepDialogComponent', () => {
  it('shows the step as it is, with the due date in German format', async () => {
    const { field, root } = await render();
    expect(root.textContent).toContain('Steuerungsgruppe bilden');
    expect(field('dueDate').value).toBe('15.09.2026');
    expect(field('note').value).toBe('Erste Sitzung im September.');
    expect(field('title')).toBeNull();
  });

  it('sends a German date as a calendar date, with the version it read', async () => {
    const { type, submit, backend, close } = await render();
    type('dueDate', '01.10.2026');
    type('note', 'Sitzung verschoben.');
    await submit();
    const update = backend.expectOne(`${BASE}/steps/s1`);
    expect(update.request.body).toEqual({
      status: 'in_progress',
      responsibleMemberId: null,
      dueDate: '2026-10-01',
      note: 'Sitzung verschoben.',
      version: 3,
    });
    update.flush(step({ dueDate: '2026-10-01', version: 4 }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ version: 4 }));
  });

  it('on a stale version tells the user and reloads the step someone else saved', async () => {
    const { type, submit, backend, root, settle, button, field, close } = await render();
    type('note', 'Meine Änderung');
    await submit();
    backend
      .expectOne(`${BASE}/steps/s1`)
      .flush(
        { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(root.textContent).toContain('Jemand anderes hat diesen Schritt inzwischen geändert.');
    expect(close).not.toHaveBeenCalled();

    button('Neu laden')!.click();
    await settle();
    backend
      .expectOne(`${BASE}/phases`)
      .flush(phases(step({ note: 'Von Anna geändert.', status: 'done', version: 5 })));
    await settle();
    expect(root.textContent).not.toContain('Jemand anderes hat diesen Schritt');
    expect(field('note').value).toBe('Von Anna geändert.');

    await submit();
    expect(backend.expectOne(`${BASE}/steps/s1`).request.body).toMatchObject({ version: 5 });
  });

  it('asks for a title when adding a custom step', async () => {
    const { submit, backend, root, type } = await render({ step: null, phase: 'gestaltung' });
    await submit();
    backend.expectNone(`${BASE}/steps`);
    expect(root.querySelector('mat-error')?.textContent).toContain(
      'Bitte füllen Sie dieses Feld aus.',
    );
    type('title', 'Auftaktveranstaltung');
    await submit();
    expect(backend.expectOne(`${BASE}/steps`).request.body).toEqual({
      phase: 'gestaltung',
      title: 'Auftaktveranstaltung',
      responsibleMemberId: null,
      dueDate: null,
      note: '',
    });
  });
});
