import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { MeasurePlanStore, MeasuresStore, measureFixtures } from '@gw/web/action-plan/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { fakeDialogRef, provideDateAdapter } from '@gw/web/shared/ui';
import { MeasureDialogComponent, type MeasureDialogData } from './measure-dialog.component';
import { actionPlan } from '../action-plan.i18n';
import { timelineAndMatrix } from '../timeline-and-matrix.i18n';

const { measure, goal, workingGroup, page } = measureFixtures;
const BASE = '/api/v1/initiatives/i1/measures';

/** The lists the dialog offers, as the plan store holds them. */
const plan = {
  goals: signal([goal('g1', 'Kein Abschluss ohne Anschluss', 1)]),
  groups: signal([workingGroup()]),
  actors: signal([
    { id: 'a1', name: 'Jugendamt' },
    { id: 'a2', name: 'AWO' },
  ]),
  indicators: signal([{ id: 'ind1', name: 'Anschlussquote' }]),
  measures: signal([measure(), measure({ id: 'm2', title: 'Praktikumsbörse' })]),
  refresh: jest.fn(() => Promise.resolve()),
};

async function render(data: MeasureDialogData) {
  localStorage.clear();
  const close = jest.fn();
  const dialogRef = fakeDialogRef(close);
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideDateAdapter(),
      { provide: MeasurePlanStore, useValue: plan },
      { provide: MatDialogRef, useValue: dialogRef },
      { provide: MAT_DIALOG_DATA, useValue: data },
    ],
  });
  TestBed.inject(I18nService).addTexts(actionPlan, timelineAndMatrix);
  const backend = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(MeasuresStore).load('i1');
  backend.expectOne((req) => req.url === BASE).flush(page([measure()]));
  await loading;
  const fixture = TestBed.createComponent(MeasureDialogComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const field = (name: string) =>
    root.querySelector<HTMLInputElement & HTMLTextAreaElement>(`[formcontrolname=${name}]`)!;
  const disabled = (name: string) => {
    const element = field(name);
    return element.tagName === 'MAT-SELECT'
      ? element.getAttribute('aria-disabled') === 'true'
      : element.disabled;
  };
  const type = (name: string, value: string) => {
    field(name).value = value;
    field(name).dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
  };
  const buttons = () =>
    Array.from(root.querySelectorAll('button')).map((b) => b.textContent?.trim());
  return { root, backend, settle, field, disabled, type, submit, buttons, close, dialogRef };
}

const EVERY_FIELD = [
  'title',
  'description',
  'goalIds',
  'workingGroupId',
  'leadActorId',
  'contributingActorIds',
  'startDate',
  'endDate',
  'status',
  'progress',
  'dependencyIds',
  'indicatorIds',
  'notes',
];

describe('MeasureDialogComponent', () => {
  it('lets the coordination office change every field, dates in German format', async () => {
    const { disabled, field, buttons, root } = await render({ measure: measure(), access: 'all' });
    expect(EVERY_FIELD.filter((name) => disabled(name))).toEqual([]);
    expect(field('startDate').value).toBe('15.08.2026');
    expect(buttons()).toEqual(
      expect.arrayContaining(['Meilenstein hinzufügen', 'Ressourcenzusage hinzufügen']),
    );
    expect(root.textContent).not.toContain('Als Mitglied der Arbeitsgruppe');
  });

  it('sends every field with the version when the coordination office saves', async () => {
    const { type, submit, backend, close } = await render({ measure: measure(), access: 'all' });
    type('title', 'Sprachförderung ab Juli');
    await submit();
    const request = backend.expectOne(`${BASE}/m1`);
    expect(request.request.body).toEqual({
      title: 'Sprachförderung ab Juli',
      description: 'Berufsbezogene Deutschkurse für junge Zugewanderte.',
      goalIds: ['g1'],
      workingGroupId: 'wg1',
      leadActorId: 'a1',
      contributingActorIds: ['a2'],
      startDate: '2026-08-15',
      endDate: '2027-12-31',
      milestones: [
        { id: 'ms1', title: 'Zwei Kurse gestartet', dueDate: '2026-09-30', done: true },
        { id: 'ms2', title: 'Dritter Kurs', dueDate: '2027-02-15', done: false },
      ],
      status: 'running',
      progress: 55,
      resources: [{ actorId: 'a1', eur: 22000, staffHours: 240, inKind: '' }],
      dependencyIds: [],
      indicatorIds: ['ind1'],
      notes: '',
      version: 3,
    });
    request.flush(measure({ title: 'Sprachförderung ab Juli', version: 4 }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ version: 4 }));
  });

  it('lets a working-group member change only status, progress, milestones and notes', async () => {
    const { disabled, root, buttons } = await render({ measure: measure(), access: 'progress' });
    const editable = EVERY_FIELD.filter((name) => !disabled(name));
    expect(editable).toEqual(['status', 'progress', 'notes']);
    // The milestones stay editable: their fields, adding and removing.
    const milestoneTitles = root.querySelectorAll<HTMLInputElement>(
      '[formarrayname=milestones] [formcontrolname=title]',
    );
    expect([...milestoneTitles].every((input) => !input.disabled)).toBe(true);
    expect(buttons()).toContain('Meilenstein hinzufügen');
    expect(buttons()).not.toContain('Ressourcenzusage hinzufügen');
    expect(root.textContent).toContain('Als Mitglied der Arbeitsgruppe ändern Sie Status');
    expect(root.querySelector('h2')?.textContent).toContain('Maßnahme aktualisieren');
  });

  it('sends only those four fields for a working-group member', async () => {
    const { type, submit, backend } = await render({ measure: measure(), access: 'progress' });
    type('progress', '70');
    type('notes', 'Dritter Kurs verschoben.');
    await submit();
    expect(backend.expectOne(`${BASE}/m1`).request.body).toEqual({
      milestones: [
        { id: 'ms1', title: 'Zwei Kurse gestartet', dueDate: '2026-09-30', done: true },
        { id: 'ms2', title: 'Dritter Kurs', dueDate: '2027-02-15', done: false },
      ],
      status: 'running',
      progress: 70,
      notes: 'Dritter Kurs verschoben.',
      version: 3,
    });
  });

  it('refuses an end before the start at the field, without asking the API', async () => {
    const { type, submit, backend, root } = await render({ measure: null, access: 'all' });
    type('title', 'Ausbildungsmesse');
    type('startDate', '01.10.2027');
    type('endDate', '30.09.2027');
    await submit();
    backend.expectNone(BASE);
    expect(root.querySelector('mat-error')?.textContent).toContain(
      'Das Ende liegt vor dem Beginn.',
    );
  });

  it('on a stale version says so and reloads the measure someone else saved', async () => {
    const { type, submit, backend, root, settle, field } = await render({
      measure: measure(),
      access: 'progress',
    });
    type('notes', 'Meine Notiz');
    await submit();
    backend
      .expectOne(`${BASE}/m1`)
      .flush(
        { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(root.textContent).toContain('Jemand anderes hat diese Maßnahme inzwischen geändert.');

    Array.from(root.querySelectorAll('button'))
      .find((button) => button.textContent?.trim() === 'Neu laden')!
      .click();
    await settle();
    backend
      .expectOne(`${BASE}/m1`)
      .flush(measure({ notes: 'Von Leyla.', progress: 60, version: 5 }));
    await settle();
    expect(root.textContent).not.toContain('Jemand anderes hat diese Maßnahme');
    expect(field('notes').value).toBe('Von Leyla.');
    expect(field('title').disabled).toBe(true);

    await submit();
    expect(backend.expectOne(`${BASE}/m1`).request.body).toMatchObject({ version: 5 });
  });

  it('closes a new, untouched measure on Escape but asks before discarding a typed title', async () => {
    const { type, settle, close, dialogRef } = await render({ measure: null, access: 'all' });
    dialogRef.pressEscape();
    expect(close).toHaveBeenCalledTimes(1);

    type('title', 'Praktikumsbörse');
    dialogRef.clickOutside();
    await settle();
    expect(document.querySelector('gw-confirm-dialog h2')?.textContent).toContain(
      'Änderungen verwerfen?',
    );
    expect(close).toHaveBeenCalledTimes(1);
  });
});
