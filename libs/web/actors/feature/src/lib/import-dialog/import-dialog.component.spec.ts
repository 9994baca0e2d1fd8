import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActorsStore } from '@gw/web/actors/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { importDialogTesting } from '@gw/web/shared/ui';
import { ActorImportDialogComponent } from './import-dialog.component';
import { actors } from '../actors.i18n';
import { existingBodies } from '../existing-bodies.i18n';

const BASE = '/api/v1/initiatives/i1/actors';

/** The dialog over the actor table of initiative i1; the shared dialog's own spec covers the rest. */
async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  TestBed.inject(I18nService).addTexts(actors, existingBodies);
  const backend = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(ActorsStore).load('i1');
  const page = (total: number) => ({ items: [], total, page: 1, pageSize: 20 });
  backend.expectOne((request) => request.url === BASE).flush(page(0));
  backend.expectOne(`${BASE}/summary`).flush([]);
  await loading;
  const fixture = TestBed.createComponent(ActorImportDialogComponent);
  await fixture.whenStable();
  return { backend, page, dialog: importDialogTesting.drive(fixture) };
}

describe('ActorImportDialogComponent', () => {
  it('lists every error of a refused file by row and column, in the UI’s words', async () => {
    const { backend, dialog } = await render();
    await dialog.upload('akteure.csv');
    const invalidChoice = 'Bereich "Weltall" is not one of: …';
    const tooLong = 'Institution must be at most 200 characters long.';
    backend
      .expectOne((req) => req.url === `${BASE}/import`)
      .flush(
        ...importDialogTesting.refused([
          { row: 2, field: 'Bereich', code: 'invalid_choice', message: invalidChoice },
          { row: 5, field: 'Institution', code: 'too_long', message: tooLong },
        ]),
      );
    await dialog.settle();

    expect(dialog.root.textContent).toContain('Die Datei enthält 2 Fehler.');
    expect(dialog.errorRows()).toEqual([
      ['2', 'Bereich', expect.stringContaining('Diesen Wert kennt die Tabelle nicht.')],
      ['5', 'Institution', 'Höchstens 200 Zeichen.'],
    ]);
  });

  it('tells how many actors were created, updated and left unchanged', async () => {
    const { backend, page, dialog } = await render();
    await dialog.upload('akteure.xlsx');
    backend
      .expectOne((req) => req.url === `${BASE}/import`)
      .flush({ created: 2, updated: 1, unchanged: 13 });
    await dialog.settle();
    // The table behind the dialog shows the imported actors.
    backend.expectOne((req) => req.url === BASE).flush(page(16));
    backend.expectOne(`${BASE}/summary`).flush([]);
    await dialog.settle();
    expect(dialog.status()).toBe(
      'Import abgeschlossen: 2 Akteure angelegt, 1 aktualisiert, 13 unverändert.',
    );
  });
});
