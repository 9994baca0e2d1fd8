import { HttpEventType } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MeasurementsOverviewStore } from '@gw/web/measurements/data-access';
import { importDialogTesting } from '@gw/web/shared/ui';
import { BASE, setupPage } from '../testing/page-setup';
import { MeasurementImportDialogComponent } from './import-dialog.component';

const IMPORT = `${BASE}/measurements/import`;

/** The dialog over the values of initiative i1; the shared dialog's own spec covers the rest. */
async function render() {
  const { backend } = await setupPage('coordination');
  TestBed.inject(MeasurementsOverviewStore).open('i1');
  const fixture = TestBed.createComponent(MeasurementImportDialogComponent);
  await fixture.whenStable();
  return { backend, dialog: importDialogTesting.drive(fixture) };
}

describe('MeasurementImportDialogComponent', () => {
  it('lists the errors of a refused file by row and field, quoting the cell', async () => {
    const { backend, dialog } = await render();
    await dialog.upload('messwerte.csv');
    backend
      .expectOne((req) => req.url === IMPORT)
      .flush(
        ...importDialogTesting.refused([
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
        ]),
      );
    await dialog.settle();
    expect(dialog.errorRows()).toEqual([
      ['3', 'Zeitraum', expect.stringContaining('„2026-H2“')],
      ['5', 'Wert', 'Das ist keine Zahl (zum Beispiel 12,5). „zwölf“'],
    ]);
  });

  it('calls a file that names no row unreadable', async () => {
    const { backend, dialog } = await render();
    await dialog.upload('messwerte.xlsx');
    backend.expectOne((req) => req.url === IMPORT).flush(...importDialogTesting.refused([]));
    await dialog.settle();
    expect(dialog.root.textContent).toContain('Die Datei lässt sich nicht als Tabelle lesen.');
  });

  it('shows how much of the file is sent, then how many values were imported', async () => {
    const { backend, dialog } = await render();
    await dialog.upload('messwerte.xlsx');
    const request = backend.expectOne((req) => req.url === IMPORT);
    request.event({ type: HttpEventType.UploadProgress, loaded: 25, total: 100 });
    await dialog.settle();
    expect(dialog.root.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('25');
    request.flush({ created: 4, updated: 1, unchanged: 12 });
    await dialog.settle();
    expect(dialog.status()).toBe(
      'Import abgeschlossen: 4 Werte angelegt, 1 korrigiert, 12 unverändert.',
    );
  });
});
