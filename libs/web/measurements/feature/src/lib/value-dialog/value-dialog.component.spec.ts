import { PROBLEM_TYPES, recentPeriodKeys } from '@gw/shared/contracts';
import { todayIso } from '@gw/web/indicators/data-access';
import { VALUES, renderEntryDialog } from '../testing/entry-dialog';
import { measurement, settle } from '../testing/page-setup';
import { ValueDialogComponent } from './value-dialog.component';

async function render() {
  const close = jest.fn();
  const rendered = await renderEntryDialog(ValueDialogComponent, close);
  const { root, fixture } = rendered;
  const type = (name: string, text: string) => {
    const input = root.querySelector<HTMLInputElement>(
      name === 'sourceNote' ? 'gw-entry-source-field textarea' : `[formcontrolname=${name}]`,
    );
    if (!input) throw new Error(`no field ${name}`);
    input.value = text;
    input.dispatchEvent(new Event('input'));
  };
  const choosePeriod = async (label: string) => {
    root.querySelector<HTMLElement>('gw-entry-period-field .mat-mdc-select-trigger')?.click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    options.find((option) => option.textContent?.trim() === label)?.click();
    await fixture.whenStable();
    return options.map((option) => option.textContent?.trim());
  };
  return { ...rendered, close, type, choosePeriod };
}

describe('ValueDialogComponent', () => {
  it('offers the indicator’s current and recent quarters in words, the last ended one chosen', async () => {
    const { root, backend, type, choosePeriod, save } = await render();
    const [current, lastEnded] = recentPeriodKeys('quarterly', todayIso());
    const words = (key: string) => `${key.slice(-1)}. Quartal ${key.slice(0, 4)}`;
    expect(root.querySelector('gw-entry-period-field')?.textContent).toContain(words(lastEnded!));
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
    const { backend, close, type, save, answerReload } = await render();
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
    await answerReload();
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
