import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { IndicatorsStore } from '@gw/web/indicators/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { fakeDialogRef, provideDateAdapter } from '@gw/web/shared/ui';
import { IndicatorDialogComponent, type IndicatorDialogData } from './indicator-dialog.component';
import { collectionPlan } from '../collection-plan.i18n';
import { indicators } from '../indicators.i18n';

const BASE = '/api/v1/initiatives/i1';

const data: IndicatorDialogData = {
  indicator: null,
  goals: [{ id: 'g1', title: 'Übergänge begleiten', description: '', position: 1 }],
  actors: [{ id: 'a1', name: 'Jobcenter Lindenfeld' }],
  members: [],
  dimensions: [{ id: 'd1', name: 'Stadtteil', values: [], version: 1 }],
};

async function render() {
  localStorage.clear();
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideDateAdapter(),
      { provide: MatDialogRef, useValue: fakeDialogRef(close) },
      { provide: MAT_DIALOG_DATA, useValue: data },
    ],
  });
  TestBed.inject(I18nService).addTexts(indicators, collectionPlan);
  const backend = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(IndicatorsStore).load('i1');
  backend.expectOne(`${BASE}/indicators`).flush([]);
  backend.expectOne(`${BASE}/dimensions`).flush(data.dimensions);
  backend
    .expectOne(`${BASE}/shared-goal`)
    .flush({ vision: '', goals: data.goals, version: 1, updatedAt: null });
  backend
    .expectOne((request) => request.url === `${BASE}/actors`)
    .flush({ items: [], total: 0, page: 1, pageSize: 100 });
  await loading;

  const fixture = TestBed.createComponent(IndicatorDialogComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const byLabel = (label: string) => {
    const field = Array.from(root.querySelectorAll('mat-form-field')).find(
      (item) => item.querySelector('mat-label')?.textContent?.trim() === label,
    );
    return field!.querySelector<HTMLInputElement>('input, textarea')!;
  };
  const errorOf = (label: string) =>
    byLabel(label).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();
  const button = (name: string) =>
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name)!;
  const submit = async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
  };
  return { root, backend, settle, type, byLabel, errorOf, button, submit, close };
}

describe('IndicatorDialogComponent', () => {
  it('refuses a target without a date and a number it cannot read, at the fields', async () => {
    const { backend, settle, type, byLabel, errorOf, button, submit } = await render();
    type(byLabel('Bezeichnung'), 'Vermittelte Praktikumsplätze');
    button('Zielwert hinzufügen').click();
    await settle();
    type(byLabel('Zielwert 1'), 'dreihundert');
    await submit();

    expect(errorOf('Zielwert 1')).toBe('Bitte eine Zahl eingeben, etwa 12 oder 71,5.');
    expect(errorOf('Zu erreichen bis')).toBe('Bitte füllen Sie dieses Feld aus.');
    backend.expectNone(`${BASE}/indicators`);
  });

  it('refuses a target that does not lie after the baseline', async () => {
    const { backend, settle, type, byLabel, errorOf, button, submit } = await render();
    type(byLabel('Bezeichnung'), 'Vermittelte Praktikumsplätze');
    type(byLabel('Wert'), '180');
    type(byLabel('Stand vom'), '31.12.2025');
    button('Zielwert hinzufügen').click();
    await settle();
    type(byLabel('Zielwert 1'), '300');
    type(byLabel('Zu erreichen bis'), '30.06.2025');
    await submit();

    expect(errorOf('Zu erreichen bis')).toBe(
      'Ein Zielwert muss nach dem Datum des Ausgangswerts liegen.',
    );
    backend.expectNone(`${BASE}/indicators`);
  });

  it('asks for the date of a baseline value', async () => {
    const { backend, type, byLabel, errorOf, submit } = await render();
    type(byLabel('Bezeichnung'), 'Vermittelte Praktikumsplätze');
    type(byLabel('Wert'), '180');
    await submit();

    expect(errorOf('Stand vom')).toBe('Zum Ausgangswert gehört das Datum, an dem der Wert galt.');
    backend.expectNone(`${BASE}/indicators`);
  });

  it('defines an indicator with its baseline and targets', async () => {
    const { backend, settle, type, byLabel, button, submit, close } = await render();
    type(byLabel('Bezeichnung'), 'Vermittelte Praktikumsplätze');
    type(byLabel('Einheit'), 'Plätze');
    type(byLabel('Wert'), '180,5');
    type(byLabel('Stand vom'), '31.12.2025');
    button('Zielwert hinzufügen').click();
    await settle();
    type(byLabel('Zielwert 1'), '300');
    type(byLabel('Zu erreichen bis'), '30.06.2027');
    await submit();

    const request = backend.expectOne(`${BASE}/indicators`);
    expect(request.request.body).toMatchObject({
      name: 'Vermittelte Praktikumsplätze',
      unit: 'Plätze',
      baseline: { value: 180.5, date: '2025-12-31' },
      targets: [{ value: 300, date: '2027-06-30' }],
      visibility: 'internal',
    });
    request.flush({ id: 'new', name: 'Vermittelte Praktikumsplätze' });
    await settle();
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ id: 'new' }));
  });
});
