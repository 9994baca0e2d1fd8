import { TestBed } from '@angular/core/testing';
import { ReportStore, reportFixtures } from '@gw/web/reports/data-access';
import { query, settle, setUp } from '../testing/setup';
import { ReportTextComponent } from './report-text.component';

const { ARTIFACT, artifact, report, summary } = reportFixtures;

async function render() {
  const setup = await setUp('coordination');
  const store = TestBed.inject(ReportStore);
  const loading = store.load('i1', 'r1');
  setup.backend.expectOne(ARTIFACT).flush(artifact(summary(1, 'draft')));
  await settle();
  setup.backend.expectOne(`${ARTIFACT}/versions/1`).flush(report(1, 'draft'));
  await settle();
  setup.backend.expectOne(`${ARTIFACT}/versions/1/comments?status=all`).flush([]);
  await loading;
  const fixture = TestBed.createComponent(ReportTextComponent);
  fixture.componentRef.setInput('label', 'Zusammenfassung');
  fixture.componentRef.setInput('value', '');
  fixture.componentRef.setInput('editable', true);
  fixture.componentRef.setInput('emptyText', 'Noch keine Zusammenfassung.');
  await settle(fixture);
  const root = fixture.nativeElement as HTMLElement;
  const type = (value: string) => {
    const field = root.querySelector('textarea');
    if (!field) throw new Error('no text field');
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  const save = async () => {
    root.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
  };
  return { ...setup, store, fixture, root, type, save, ...query(root) };
}

describe('ReportTextComponent', () => {
  it('saves the summary with the version last read', async () => {
    const { type, save, backend } = await render();
    type('Ein gutes Quartal.');
    await save();
    const request = backend.expectOne(`${ARTIFACT}/versions/1/texts`);
    expect(request.request.body).toEqual({ summary: 'Ein gutes Quartal.', version: 3 });
  });

  it('after a conflict keeps what was typed and shows what someone saved meanwhile', async () => {
    const { type, save, backend, fixture, root, text, button } = await render();
    type('Meine Fassung');
    await save();
    backend
      .expectOne(`${ARTIFACT}/versions/1/texts`)
      .flush(
        { type: '/problems/stale-version', title: 'Conflict', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(text()).toContain('Jemand hat den Bericht inzwischen gespeichert');

    button('Neu laden')?.click();
    await settle();
    backend.expectOne(ARTIFACT).flush(artifact(summary(1, 'draft')));
    await settle();
    backend
      .expectOne(`${ARTIFACT}/versions/1`)
      .flush({ ...report(1, 'draft', { summary: 'Fassung von Eva' }), version: 4 });
    await settle();
    backend.expectOne(`${ARTIFACT}/versions/1/comments?status=all`).flush([]);
    await settle(fixture);
    // The page passes the reloaded text down.
    fixture.componentRef.setInput('value', 'Fassung von Eva');
    await settle(fixture);
    expect(root.querySelector('textarea')?.value).toBe('Meine Fassung');
    expect(root.querySelector('.meanwhile')?.textContent).toContain('Fassung von Eva');
    expect(text()).not.toContain('Jemand hat den Bericht inzwischen gespeichert');
  });
});
