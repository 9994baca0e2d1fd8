import { TestBed } from '@angular/core/testing';
import { reportFixtures } from '@gw/web/reports/data-access';
import { query, settle, setUp } from '../testing/setup';
import { PublicReportPageComponent } from './public-report-page.component';

const TOKEN = 'A'.repeat(43);
const URL = `/api/v1/public/reports/${TOKEN}`;

async function render() {
  const setup = await setUp(null);
  const fixture = TestBed.createComponent(PublicReportPageComponent);
  fixture.componentRef.setInput('token', TOKEN);
  await settle(fixture);
  const root = fixture.nativeElement as HTMLElement;
  return { ...setup, fixture, root, ...query(root) };
}

describe('PublicReportPageComponent', () => {
  it('shows the published report with its public indicators and marks suppressed cells', async () => {
    const { backend, fixture, text, root } = await render();
    backend.expectOne(URL).flush(reportFixtures.publicReport());
    await settle(fixture);
    expect(text()).toContain('Jugendpakt Lindenfeld');
    expect(text()).toContain('Veröffentlicht am 10. April 2027');
    expect(text()).toContain('Ein gutes erstes Quartal.');
    expect(text()).toContain('Stadtteil: Hafen unterdrückt (Schutz kleiner Fallzahlen unter 5)');
    expect(text()).toContain('Das Coaching ist im Februar gestartet.');
    // Visibility markers are for members: every indicator here is public.
    expect(root.querySelector('.visibility')).toBeNull();
    // At a glance: the latest value against baseline and target, and the measures' progress.
    const glance = root.querySelector('gw-key-figures')?.textContent?.replace(/\s+/g, ' ');
    expect(glance).toContain('Anschlussquote65 %im Zeitraum 2027-03');
    expect(glance).toContain('Ausgangswert 60 %');
    expect(glance).toContain('Ziel 84 % bis 31. Dezember 2027');
    expect(glance).toContain(
      '1 begonnen · 1 abgeschlossen · 1 verzögert · 1 Meilensteine erreicht',
    );
    // Each chart has its numbers as a table for those who cannot see it.
    const alternative = root.querySelector('figure .visually-hidden table');
    expect(
      Array.from(alternative?.querySelectorAll('tr') ?? []).map((row) =>
        Array.from(row.children).map((cell) => cell.textContent?.trim()),
      ),
    ).toEqual([
      ['Zeitraum', 'Wert'],
      ['Ausgangswert (31. Dezember 2026)', '60 %'],
      ['2027-01', '61 %'],
      ['2027-03', '65 %'],
      ['Ziel (31. Dezember 2027)', '84 %'],
    ]);
    const pdf = root.querySelector<HTMLAnchorElement>('a[download]');
    expect(pdf?.getAttribute('href')).toBe(`${URL}/pdf`);
  });

  it('says plainly that a revoked or unknown link is no longer valid', async () => {
    const { backend, fixture, text, root } = await render();
    backend
      .expectOne(URL)
      .flush(
        { type: '/problems/not-found', title: 'Not Found', status: 404 },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(fixture);
    expect(text()).toContain('Dieser Link ist nicht mehr gültig');
    expect(root.querySelector('a[download]')).toBeNull();
  });

  it('offers to try again when the server is not reached', async () => {
    const { backend, fixture, button } = await render();
    backend.expectOne(URL).error(new ProgressEvent('error'));
    await settle(fixture);
    button('Erneut versuchen')?.click();
    await settle(fixture);
    backend.expectOne(URL);
  });
});
