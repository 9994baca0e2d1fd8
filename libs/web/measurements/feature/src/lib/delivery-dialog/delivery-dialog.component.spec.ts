import { PROBLEM_TYPES, recentPeriodKeys } from '@gw/shared/contracts';
import { todayIso } from '@gw/web/indicators/data-access';
import { renderEntryDialog } from '../testing/entry-dialog';
import { BASE, measurement, settle } from '../testing/page-setup';
import { DeliveryDialogComponent } from './delivery-dialog.component';

const DELIVERIES = `${BASE}/indicators/ind1/deliveries`;

async function render() {
  const close = jest.fn();
  const rendered = await renderEntryDialog(DeliveryDialogComponent, close);
  const { root } = rendered;
  const type = (label: string, text: string) => {
    const input = root.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
    if (!input) throw new Error(`no field ${label}`);
    input.value = text;
    input.dispatchEvent(new Event('input'));
  };
  const rowText = (header: string) =>
    Array.from(root.querySelectorAll('tbody tr'))
      .find((tr) => tr.querySelector('th')?.textContent?.trim() === header)
      ?.textContent?.replace(/\s+/g, ' ')
      .trim();
  return { ...rendered, close, type, rowText };
}

describe('DeliveryDialogComponent', () => {
  it('sends the total and the filled cells of the chosen period in one request', async () => {
    const { root, backend, close, type, save, answerReload } = await render();
    expect(Array.from(root.querySelectorAll('tbody th'), (th) => th.textContent?.trim())).toEqual([
      'Gesamt',
      'Altersgruppe: 14–17',
      'Altersgruppe: 18–21',
    ]);
    type('Wert Gesamt', '51,2');
    type('Fallzahl Gesamt', '60');
    type('Wert Altersgruppe: 14–17', '40,5');
    type('Fallzahl Altersgruppe: 14–17', '4');
    await save();
    const post = backend.expectOne((req) => req.url === DELIVERIES && req.method === 'POST');
    expect(post.request.body).toEqual({
      period: recentPeriodKeys('quarterly', todayIso())[1],
      sourceNote: '',
      values: [
        { cell: [], value: 51.2, cases: 60 },
        { cell: [{ dimensionId: 'd-age', valueId: 'v14' }], value: 40.5, cases: 4 },
      ],
    });
    const created = [measurement(), measurement({ id: 'm2' })];
    post.flush(created);
    await answerReload();
    expect(close).toHaveBeenCalledWith(created);
  });

  it('refuses an empty delivery and cases without their value before sending', async () => {
    const { root, backend, type, rowText, save } = await render();
    await save();
    expect(root.textContent).toContain('Bitte mindestens einen Wert angeben.');
    type('Wert Gesamt', '12');
    type('Fallzahl Altersgruppe: 18–21', '7');
    await save();
    backend.expectNone((req) => req.method === 'POST');
    expect(rowText('Altersgruppe: 18–21')).toContain('Zur Fallzahl fehlt der Wert.');
    expect(root.textContent).not.toContain('Bitte mindestens einen Wert angeben.');
  });

  it('shows the API’s objections at the rows they name, counting only the rows sent', async () => {
    const { backend, type, rowText, save, close } = await render();
    type('Wert Gesamt', '12');
    type('Wert Altersgruppe: 18–21', '7');
    await save();
    backend
      .expectOne((req) => req.url === DELIVERIES)
      .flush(
        {
          type: PROBLEM_TYPES.validation,
          title: 'Bad Request',
          status: 400,
          detail: '',
          errors: [
            { field: 'values.1.cell', message: 'exists', code: 'exists' },
            { field: 'values.0.cases', message: 'cases must not be less than 0' },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(rowText('Altersgruppe: 18–21')).toContain(
      'Dafür gibt es schon einen Wert in diesem Zeitraum.',
    );
    expect(rowText('Altersgruppe: 14–17')).not.toContain('Wert in diesem Zeitraum');
    expect(rowText('Gesamt')).not.toContain('Wert in diesem Zeitraum');
    expect(close).not.toHaveBeenCalled();
  });
});
