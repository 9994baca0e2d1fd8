import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ActorsStore } from '@gw/web/actors/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { ImportDialogComponent } from './import-dialog.component';

const BASE = '/api/v1/initiatives/i1/actors';

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  await TestBed.inject(I18nService).loadFeature('actors');
  const backend = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(ActorsStore).load('i1');
  backend
    .expectOne((request) => request.url === BASE)
    .flush({ items: [], total: 0, page: 1, pageSize: 20 });
  backend.expectOne(`${BASE}/summary`).flush([]);
  await loading;
  const fixture = TestBed.createComponent(ImportDialogComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const choose = async (file: File) => {
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
  };
  const upload = async () => {
    Array.from(root.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Importieren')!
      .click();
    await settle();
  };
  return { root, backend, settle, choose, upload };
}

describe('ImportDialogComponent', () => {
  it('lists every error of a refused file by row and column, in the UI’s words', async () => {
    const { root, backend, settle, choose, upload } = await render();
    await choose(new File(['x'], 'akteure.csv', { type: 'text/csv' }));
    await upload();
    const request = backend.expectOne((req) => req.url === `${BASE}/import`);
    expect(request.request.params.get('format')).toBe('csv');
    expect(request.request.headers.get('Content-Type')).toBe('text/csv');
    request.flush(
      {
        type: PROBLEM_TYPES.importInvalid,
        title: 'Bad Request',
        status: 400,
        detail: 'The file has 2 errors in 2 rows; nothing was imported.',
        errors: [
          {
            row: 2,
            field: 'Bereich',
            code: 'invalid_choice',
            message: 'Bereich "Weltall" is not one of: …',
          },
          {
            row: 5,
            field: 'Institution',
            code: 'too_long',
            message: 'Institution must be at most 200 characters long.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(root.textContent).toContain('Die Datei enthält 2 Fehler. Es wurde nichts übernommen.');
    const rows = Array.from(root.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['2', 'Bereich', expect.stringContaining('Diesen Wert kennt die Tabelle nicht.')],
      ['5', 'Institution', 'Höchstens 200 Zeichen.'],
    ]);
  });

  it('tells how many actors were created, updated and left unchanged', async () => {
    const { root, backend, settle, choose, upload } = await render();
    await choose(new File(['x'], 'akteure.xlsx'));
    await upload();
    backend
      .expectOne((req) => req.url === `${BASE}/import`)
      .flush({ created: 2, updated: 1, unchanged: 13 });
    await settle();
    // The table behind the dialog shows the imported actors.
    backend
      .expectOne((req) => req.url === BASE)
      .flush({ items: [], total: 16, page: 1, pageSize: 20 });
    backend.expectOne(`${BASE}/summary`).flush([]);
    await settle();
    expect(root.querySelector('[role=status]')?.textContent).toContain(
      'Import abgeschlossen: 2 Akteure angelegt, 1 aktualisiert, 13 unverändert.',
    );
  });

  it('refuses other files before uploading them', async () => {
    const { root, backend, choose } = await render();
    await choose(new File(['x'], 'akteure.pdf'));
    expect(root.textContent).toContain('Bitte wählen Sie eine CSV- oder Excel-Datei');
    backend.expectNone((req) => req.url === `${BASE}/import`);
  });
});
