import { TestBed } from '@angular/core/testing';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { MeasurementsOverviewStore } from '@gw/web/measurements/data-access';
import { BASE, settle, setupPage } from '../testing/page-setup';
import { ImportDialogComponent } from './import-dialog.component';

async function render() {
  const { backend } = await setupPage('coordination');
  TestBed.inject(MeasurementsOverviewStore).open('i1');
  const fixture = TestBed.createComponent(ImportDialogComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const choose = async (file: File) => {
    const input = root.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    await fixture.whenStable();
  };
  const upload = async () => {
    Array.from(root.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Importieren')
      ?.click();
    await settle();
  };
  const stable = async () => {
    await settle();
    await fixture.whenStable();
  };
  return { root, backend, choose, upload, stable };
}

describe('ImportDialogComponent', () => {
  it('lists every error of a refused file by row and field, in the UI’s words', async () => {
    const { root, backend, choose, upload, stable } = await render();
    await choose(new File(['x'], 'messwerte.csv', { type: 'text/csv' }));
    await upload();
    const request = backend.expectOne((req) => req.url === `${BASE}/measurements/import`);
    expect(request.request.params.get('format')).toBe('csv');
    expect(request.request.headers.get('Content-Type')).toBe('text/csv');
    request.flush(
      {
        type: PROBLEM_TYPES.importInvalid,
        title: 'Bad Request',
        status: 400,
        detail: 'The file has 2 errors; nothing was imported.',
        errors: [
          {
            row: 3,
            field: 'Zeitraum',
            code: 'period_mismatch',
            message: '"2026-H2" is not a period of this quarterly indicator',
          },
          {
            row: 5,
            field: 'Wert',
            code: 'invalid_number',
            message: 'Wert "zwölf" is not a number',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(root.textContent).toContain('Die Datei enthält 2 Fehler. Es wurde nichts übernommen.');
    const rows = Array.from(root.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) =>
        td.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(rows).toEqual([
      ['3', 'Zeitraum', expect.stringContaining('„2026-H2“')],
      ['5', 'Wert', 'Das ist keine Zahl (zum Beispiel 12,5). „zwölf“'],
    ]);
  });

  it('tells how many values were created, corrected and left unchanged', async () => {
    const { root, backend, choose, upload, stable } = await render();
    await choose(new File(['x'], 'messwerte.xlsx'));
    await upload();
    backend
      .expectOne((req) => req.url === `${BASE}/measurements/import`)
      .flush({ created: 4, updated: 1, unchanged: 12 });
    await stable();
    expect(root.querySelector('[role=status]')?.textContent).toContain(
      'Import abgeschlossen: 4 Werte angelegt, 1 korrigiert, 12 unverändert.',
    );
  });

  it('refuses other files before uploading them', async () => {
    const { root, backend, choose } = await render();
    await choose(new File(['x'], 'messwerte.pdf'));
    expect(root.textContent).toContain('Bitte wählen Sie eine CSV- oder Excel-Datei');
    backend.expectNone((req) => req.url === `${BASE}/measurements/import`);
  });
});
