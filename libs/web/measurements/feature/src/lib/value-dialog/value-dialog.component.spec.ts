import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { IndicatorValuesStore } from '@gw/web/measurements/data-access';
import {
  BASE,
  dimension,
  indicator,
  measurement,
  series,
  settle,
  setupPage,
} from '../testing/page-setup';
import { ValueDialogComponent } from './value-dialog.component';
import { fakeDialogRef } from '@gw/web/shared/ui';

const VALUES = `${BASE}/indicators/ind1/measurements`;

async function render() {
  const close = jest.fn();
  const { backend } = await setupPage('working_group', {
    steward: true,
    overrides: () =>
      TestBed.configureTestingModule({
        providers: [
          IndicatorValuesStore,
          { provide: MatDialogRef, useValue: fakeDialogRef(close) },
          {
            provide: MAT_DIALOG_DATA,
            useValue: { indicator: indicator(), dimensions: [dimension], needsReview: true },
          },
        ],
      }),
  });
  const loading = TestBed.inject(IndicatorValuesStore).load('i1', 'ind1');
  backend
    .expectOne((req) => req.url === VALUES)
    .flush({ items: [], total: 0, page: 1, pageSize: 20 });
  backend.expectOne(`${BASE}/indicators/ind1/series`).flush(series);
  await loading;
  const fixture = TestBed.createComponent(ValueDialogComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const type = (name: string, text: string) => {
    const input = root.querySelector<HTMLInputElement>(`[formcontrolname=${name}]`);
    if (!input) throw new Error(`no field ${name}`);
    input.value = text;
    input.dispatchEvent(new Event('input'));
  };
  const save = async () => {
    root.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle();
    await fixture.whenStable();
  };
  return { root, backend, close, type, save, fixture };
}

describe('ValueDialogComponent', () => {
  it('refuses a period of another frequency and a text as value before sending', async () => {
    const { root, backend, type, save } = await render();
    type('period', '2026-H2');
    type('value', 'zwölf');
    await save();
    backend.expectNone((req) => req.method === 'POST');
    expect(root.textContent).toContain('Bitte im Format JJJJ-Qn angeben, zum Beispiel 2026-Q4.');
    expect(root.textContent).toContain('Bitte eine Zahl angeben, zum Beispiel 12,5.');
  });

  it('sends the total of a period with the German number read and closes with the value', async () => {
    const { backend, close, type, save } = await render();
    type('period', '2026-q4');
    type('value', '1.234,5');
    type('cases', '60');
    await save();
    const post = backend.expectOne((req) => req.url === VALUES && req.method === 'POST');
    expect(post.request.body).toEqual({
      period: '2026-Q4',
      cell: [],
      value: 1234.5,
      cases: 60,
      sourceNote: '',
    });
    post.flush(measurement({ period: '2026-Q4' }));
    await settle();
    backend
      .match((req) => req.url === VALUES)
      .forEach((req) => req.flush({ items: [], total: 0, page: 1, pageSize: 20 }));
    backend.match(`${BASE}/indicators/ind1/series`).forEach((req) => req.flush(series));
    await settle();
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ period: '2026-Q4' }));
  });

  it('puts the API’s field errors at the fields and explains an existing value', async () => {
    const { root, backend, type, save, close } = await render();
    type('period', '2026-Q4');
    type('value', '12');
    await save();
    backend
      .expectOne((req) => req.method === 'POST')
      .flush(
        {
          type: PROBLEM_TYPES.validation,
          title: 'Bad Request',
          status: 400,
          detail: '',
          errors: [
            {
              field: 'sourceNote',
              message: 'sourceNote must be shorter than or equal to 1000 characters',
            },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(root.textContent).toContain('Bitte geben Sie höchstens 1000 Zeichen ein.');

    type('sourceNote', 'Fallstatistik');
    await save();
    backend
      .expectOne((req) => req.method === 'POST')
      .flush(
        { type: PROBLEM_TYPES.conflict, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(root.textContent).toContain(
      'Für diesen Zeitraum und diese Aufschlüsselung gibt es schon einen Wert.',
    );
    expect(close).not.toHaveBeenCalled();
  });
});
