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
