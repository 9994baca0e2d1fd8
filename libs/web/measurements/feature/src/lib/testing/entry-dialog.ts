import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { Type } from '@angular/core';
import { IndicatorValuesStore } from '@gw/web/measurements/data-access';
import { fakeDialogRef } from '@gw/web/shared/ui';
import { BASE, dimension, indicator, series, settle, setupPage } from './page-setup';

export const VALUES = `${BASE}/indicators/ind1/measurements`;

/**
 * An entry dialog as a data steward opens it on the indicator page (quarterly, broken down by
 * age group), with the indicator's values loaded; `save` submits its form, `close` hears what the
 * dialog closes with.
 */
export async function renderEntryDialog<T>(component: Type<T>, close: (result: unknown) => void) {
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
  const fixture = TestBed.createComponent(component);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const save = async () => {
    root.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle();
    await fixture.whenStable();
  };
  /** Answers the reload of the values after a write. */
  const answerReload = async () => {
    await settle();
    backend
      .match((req) => req.url === VALUES)
      .forEach((req) => req.flush({ items: [], total: 0, page: 1, pageSize: 20 }));
    backend.match(`${BASE}/indicators/ind1/series`).forEach((req) => req.flush(series));
    await settle();
  };
  return { fixture, root, backend, close, save, answerReload };
}
