import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PROBLEM_TYPES, recentPeriodKeys } from '@gw/shared/contracts';
import { todayIso } from '@gw/web/indicators/data-access';
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

const VALUES = `${BASE}/indicators/ind1/measurements`;

async function render() {
  const close = jest.fn();
  const { backend } = await setupPage('working_group', {
    steward: true,
    overrides: () =>
      TestBed.configureTestingModule({
        providers: [
          IndicatorValuesStore,
          { provide: MatDialogRef, useValue: { close } },
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
  const choosePeriod = async (label: string) => {
    root.querySelector<HTMLElement>('[formcontrolname=period] .mat-mdc-select-trigger')?.click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    options.find((option) => option.textContent?.trim() === label)?.click();
    await fixture.whenStable();
    return options.map((option) => option.textContent?.trim());
  };
  const save = async () => {
    root.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle();
    await fixture.whenStable();
  };
  return { root, backend, close, type, choosePeriod, save, fixture };
}

describe('ValueDialogComponent', () => {
  it('offers the indicator’s current and recent quarters in words, the last ended one chosen', async () => {
    const { root, backend, type, choosePeriod, save } = await render();
    const [current, lastEnded] = recentPeriodKeys('quarterly', todayIso());
    const words = (key: string) => `${key.slice(-1)}. Quartal ${key.slice(0, 4)}`;
    expect(root.querySelector('[formcontrolname=period]')?.textContent).toContain(
      words(lastEnded!),
    );
    const options = await choosePeriod(words(current!));
    expect(options).toHaveLength(9);
    expect(options[0]).toBe(words(current!));
    expect(root.querySelector('input[formcontrolname=period]')).toBeNull();
    type('value', 'zwölf');
    await save();
    backend.expectNone((req) => req.method === 'POST');
    expect(root.textContent).toContain('Bitte eine Zahl angeben, zum Beispiel 12,5.');
    type('value', '12');
    await save();
    const post = backend.expectOne((req) => req.method === 'POST');
    expect(post.request.body).toEqual(expect.objectContaining({ period: current }));
  });

  it('sends the total of a period with the German number read and closes with the value', async () => {
    const { backend, close, type, save } = await render();
    const [, lastEnded] = recentPeriodKeys('quarterly', todayIso());
    type('value', '1.234,5');
    type('cases', '60');
    await save();
    const post = backend.expectOne((req) => req.url === VALUES && req.method === 'POST');
    expect(post.request.body).toEqual({
      period: lastEnded,
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
