import { TestBed } from '@angular/core/testing';
import { I18nService } from '@gw/web/shared/i18n';
import { ImportDialogComponent } from './import-dialog.component';
import { IMPORT_TEXTS } from '../testing/feature-texts.testing';
import { drive } from './import-dialog.testing';
import type {
  ImportFailure,
  ImportResult,
  ImportTextsPrefix,
  ImportUpload,
} from './import-dialog.model';

/** An upload the test settles by hand; `progress` is what the dialog was told to report to. */
function manualUpload() {
  const calls: { file: File; format: string; progress: (share: number) => void }[] = [];
  let settle: { resolve: (r: ImportResult) => void; reject: (e: unknown) => void } | undefined;
  const upload: ImportUpload = (file, format, progress) => {
    calls.push({ file, format, progress });
    return new Promise((resolve, reject) => (settle = { resolve, reject }));
  };
  return {
    upload,
    calls,
    resolve: (r: ImportResult) => settle?.resolve(r),
    reject: (e: unknown) => settle?.reject(e),
  };
}

async function render(
  options: { texts?: ImportTextsPrefix; progress?: boolean; failure?: ImportFailure } = {},
) {
  localStorage.clear();
  TestBed.inject(I18nService).addTexts(IMPORT_TEXTS);
  const server = manualUpload();
  const fixture = TestBed.createComponent(ImportDialogComponent);
  fixture.componentRef.setInput('texts', options.texts ?? 'measurements.import');
  fixture.componentRef.setInput('upload', server.upload);
  fixture.componentRef.setInput('describeFailure', () => options.failure ?? { rows: [], total: 0 });
  fixture.componentRef.setInput('progress', options.progress ?? false);
  await fixture.whenStable();
  const { root, settle, choose, upload, errorRows } = drive(fixture);
  const button = (text: string) =>
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === text)!;
  return { root, server, settle, button, choose, upload, errorRows };
}

describe('ImportDialogComponent', () => {
  it('offers the formats it takes and names the file chosen', async () => {
    const { root, choose } = await render();
    expect(root.querySelector('input[type=file]')?.getAttribute('accept')).toBe(
      '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(root.textContent).toContain('Keine Datei ausgewählt');
    await choose(new File(['x'], 'messwerte.CSV'));
    expect(root.textContent).toContain('Ausgewählt: messwerte.CSV');
  });

  it('refuses other files before uploading them', async () => {
    const { root, server, button, choose } = await render();
    await choose(new File(['x'], 'messwerte.pdf'));
    expect(root.textContent).toContain('Bitte wählen Sie eine CSV- oder Excel-Datei');
    expect(button('Importieren').disabled).toBe(true);
    expect(server.calls).toEqual([]);
  });

  it('sends the file with the format of its extension and tells the counts', async () => {
    const { root, server, settle, upload } = await render();
    await upload('messwerte.xlsx');
    expect(server.calls.map(({ file, format }) => [file.name, format])).toEqual([
      ['messwerte.xlsx', 'xlsx'],
    ]);
    server.resolve({ created: 4, updated: 1, unchanged: 12 });
    await settle();
    expect(root.querySelector('[role=status]')?.textContent).toContain(
      'Import abgeschlossen: 4 Werte angelegt, 1 korrigiert, 12 unverändert.',
    );
    expect(root.textContent).toContain('Keine Datei ausgewählt');
  });

  it('lists the errors of a refused file by row and column with the text of the cell', async () => {
    const { root, server, settle, upload, errorRows } = await render({
      failure: {
        rows: [
          { row: 3, column: 'Zeitraum', text: '2026-H2', message: { key: 'validation.required' } },
          { row: null, column: '', message: { key: 'validation.maxlength', params: { max: 5 } } },
        ],
        total: 2,
      },
    });
    await upload('messwerte.csv');
    server.reject(new Error('refused'));
    await settle();
    expect(root.textContent).toContain('Die Datei enthält 2 Fehler. Es wurde nichts übernommen.');
    expect(root.querySelector('[role=region]')?.getAttribute('aria-label')).toBe(
      'Fehler in der Datei',
    );
    const i18n = TestBed.inject(I18nService);
    expect(errorRows()).toEqual([
      ['3', 'Zeitraum', `${i18n.t('validation.required')} „2026-H2“`],
      ['ganze Datei', 'ganze Datei', i18n.t('validation.maxlength', { max: 5 })],
    ]);
    expect(root.querySelector('.more-errors')).toBeNull();
  });

  it('counts all errors of the file and names those beyond the listed ones', async () => {
    const rows = Array.from({ length: 100 }, (_, index) => ({
      row: index + 2,
      column: 'Wert',
      message: { key: 'validation.required' as const },
    }));
    const { root, server, settle, upload, errorRows } = await render({
      failure: { rows, total: 4000 },
    });
    await upload('messwerte.csv');
    server.reject(new Error('refused'));
    await settle();
    expect(root.textContent).toContain('Die Datei enthält 4000 Fehler.');
    expect(errorRows()).toHaveLength(100);
    expect(root.querySelector('.more-errors')?.textContent?.trim()).toBe(
      '… und 3900 weitere Fehler',
    );
  });

  it('names the line of a cell with several lines', async () => {
    const { root, server, settle, upload } = await render({
      texts: 'actors.import',
      failure: {
        rows: [{ row: 4, column: 'Kontakt', line: 2, message: { key: 'validation.email' } }],
        total: 1,
      },
    });
    await upload('akteure.csv');
    server.reject(new Error('refused'));
    await settle();
    expect(root.querySelector('tbody td:nth-child(2)')?.textContent).toMatch(
      /Kontakt\s*\(Eintrag 2\)/,
    );
  });

  it('calls a refused file without rows unreadable', async () => {
    const { root, server, settle, upload } = await render({ failure: { rows: [], total: 0 } });
    await upload('messwerte.csv');
    server.reject(new Error('refused'));
    await settle();
    expect(root.textContent).toContain('Die Datei lässt sich nicht als Tabelle lesen.');
    expect(root.querySelector('table')).toBeNull();
  });

  it('shows the message of any other problem', async () => {
    const { root, server, settle, upload } = await render({
      failure: { key: 'error.internal' },
    });
    await upload('messwerte.csv');
    server.reject(new Error('down'));
    await settle();
    expect(root.textContent).toContain(TestBed.inject(I18nService).t('error.internal'));
  });

  it('shows how much is sent, then an open bar while the server checks', async () => {
    const { root, server, settle, button, upload } = await render({ progress: true });
    await upload('messwerte.csv');
    expect(button('Datei auswählen').disabled).toBe(true);
    expect(root.querySelector('mat-spinner')).toBeNull();
    server.calls[0].progress(0.5);
    await settle();
    const bar = () => root.querySelector('mat-progress-bar');
    expect(bar()?.getAttribute('aria-valuenow')).toBe('50');
    expect(root.textContent).toContain('Wird hochgeladen und geprüft …');
    server.calls[0].progress(1);
    await settle();
    expect(bar()?.getAttribute('mode')).toBe('indeterminate');
    server.resolve({ created: 1, updated: 0, unchanged: 0 });
    await settle();
    expect(bar()).toBeNull();
  });

  it('spins the upload button when the upload reports no progress', async () => {
    const { root, button, upload } = await render();
    await upload('messwerte.csv');
    expect(button('Importieren').getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('mat-spinner')).not.toBeNull();
    expect(root.querySelector('mat-progress-bar')).toBeNull();
  });
});
