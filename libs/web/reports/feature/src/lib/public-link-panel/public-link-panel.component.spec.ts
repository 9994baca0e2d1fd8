import { TestBed } from '@angular/core/testing';
import type { HttpTestingController } from '@angular/common/http/testing';
import type { PublicLinkStatus } from '@gw/shared/contracts';
import { ReportStore, reportFixtures } from '@gw/web/reports/data-access';
import { query, settle, setUp } from '../testing/setup';
import { PublicLinkPanelComponent } from './public-link-panel.component';

const { ARTIFACT, artifact, overview, report, summary } = reportFixtures;
const LINK = `${ARTIFACT}/versions/1/public-link`;

/** The panel of a published report, with the link status the API answers. */
async function render(status: PublicLinkStatus) {
  const setup = await setUp('coordination');
  const store = TestBed.inject(ReportStore);
  const loading = store.load('i1', 'r1');
  const { backend } = setup;
  backend.expectOne(ARTIFACT).flush(artifact(summary(1, 'published')));
  await settle();
  backend.expectOne(`${ARTIFACT}/versions/1`).flush(report(1, 'published'));
  await settle();
  backend.expectOne(`${ARTIFACT}/versions/1/approvals`).flush(overview());
  backend.expectOne(`${ARTIFACT}/versions/1/comments?status=all`).flush([]);
  await loading;
  const fixture = TestBed.createComponent(PublicLinkPanelComponent);
  await settle(fixture);
  const asked = backend.expectOne(LINK);
  expect(asked.request.method).toBe('GET');
  asked.flush(status);
  await settle(fixture);
  const root = fixture.nativeElement as HTMLElement;
  return { ...setup, fixture, root, ...query(root) };
}

const revokeWith = async (
  backend: HttpTestingController,
  fixture: { whenStable(): Promise<unknown> },
) => {
  await settle(fixture);
  const request = backend.expectOne(LINK);
  expect(request.request.method).toBe('DELETE');
  request.flush(null, { status: 204, statusText: 'No Content' });
  await settle(fixture);
};

describe('PublicLinkPanelComponent', () => {
  it('says after a reload that a link is live, since when and how often it was opened, and offers to revoke it', async () => {
    const { text, button, root, backend, fixture, confirmations } = await render({
      live: true,
      createdAt: '2027-04-11T08:00:00Z',
      openedCount: 12,
      lastOpenedAt: '2027-04-20T13:30:00Z',
    });
    const state = root.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ');
    expect(state).toContain('Öffentlicher Link aktiv seit 11. April 2027');
    expect(state).toContain('12 mal geöffnet, zuletzt am 20. April 2027');
    // The link itself is never shown again.
    expect(root.querySelector('input')).toBeNull();
    expect(button('Neuen Link erstellen')).toBeDefined();

    button('Link widerrufen')?.click();
    await revokeWith(backend, fixture);
    expect(confirmations[0]?.title).toBe('Öffentlichen Link widerrufen?');
    expect(text()).toContain('Kein öffentlicher Link aktiv');
    expect(button('Link widerrufen')).toBeUndefined();
    expect(button('Link erstellen')).toBeDefined();
  });

  it('offers no revoking while no link is live, and shows a new link with “not opened yet”', async () => {
    const { text, button, root, backend, fixture } = await render({ live: false });
    expect(text()).toContain(
      'Kein öffentlicher Link aktiv: Der Bericht ist nur für Mitglieder sichtbar.',
    );
    expect(button('Link widerrufen')).toBeUndefined();

    button('Link erstellen')?.click();
    await settle(fixture);
    const request = backend.expectOne(LINK);
    expect(request.request.method).toBe('POST');
    request.flush({
      token: 't'.repeat(43),
      url: 'https://example.org/public/reports/ttt',
      createdAt: '2027-04-11T10:00:00Z',
    });
    await settle(fixture);
    expect(text()).toContain('Öffentlicher Link aktiv seit 11. April 2027');
    expect(text()).toContain('noch nicht geöffnet');
    expect(root.querySelector<HTMLInputElement>('input')?.value).toBe(
      'https://example.org/public/reports/ttt',
    );
    expect(button('Link widerrufen')).toBeDefined();
  });
});
