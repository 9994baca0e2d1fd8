import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ArtifactVersionSummary } from '@gw/shared/contracts';
import type { Report } from './reports.api';
import { ReportStore } from './report.store';
import { ARTIFACT, artifact, overview, report, summary } from './testing/report-fixtures';

const settle = () => new Promise((resolve) => setTimeout(resolve));

async function loaded(shown: Report, ...versions: ArtifactVersionSummary[]) {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const store = TestBed.inject(ReportStore);
  const backend = TestBed.inject(HttpTestingController);
  const loading = store.load('i1', 'r1');
  backend.expectOne(ARTIFACT).flush(artifact(...versions));
  await settle();
  backend.expectOne(`${ARTIFACT}/versions/${shown.number}`).flush(shown);
  await settle();
  if (shown.status !== 'draft') {
    backend.expectOne(`${ARTIFACT}/versions/${shown.number}/approvals`).flush(overview());
  }
  backend.expectOne(`${ARTIFACT}/versions/${shown.number}/comments?status=all`).flush([]);
  await loading;
  return { store, backend };
}

/** What a reload after a change asks for, answered with `shown`. */
async function answerReload(backend: HttpTestingController, shown: Report) {
  await settle();
  backend.expectOne(ARTIFACT).flush(artifact(summary(shown.number, shown.status)));
  await settle();
  backend.expectOne(`${ARTIFACT}/versions/${shown.number}`).flush(shown);
  await settle();
  if (shown.status !== 'draft') {
    backend.expectOne(`${ARTIFACT}/versions/${shown.number}/approvals`).flush(overview());
  }
  backend.expectOne(`${ARTIFACT}/versions/${shown.number}/comments?status=all`).flush([]);
}

describe('ReportStore', () => {
  it('shows the latest version; a draft has no approvals to ask for', async () => {
    const { store, backend } = await loaded(
      report(2, 'draft'),
      summary(1, 'rejected'),
      summary(2, 'draft'),
    );
    backend.expectNone(`${ARTIFACT}/versions/2/approvals`);
    expect(store.report()?.number).toBe(2);
    expect(store.isLatest()).toBe(true);
    expect(store.approvals()).toBeNull();
  });

  it('loads a submitted version with where its review stands', async () => {
    const { store } = await loaded(report(1, 'in_review'), summary(1, 'in_review'));
    expect(store.approvals()?.needed).toBe(2);
  });

  it('saves the summary with the row version last read and shows what the API made of it', async () => {
    const { store, backend } = await loaded(report(1, 'draft'), summary(1, 'draft'));
    const saving = store.saveText({ summary: 'Ein gutes Quartal.' });
    await settle();
    const request = backend.expectOne(`${ARTIFACT}/versions/1/texts`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ summary: 'Ein gutes Quartal.', version: 3 });
    request.flush({ ...report(1, 'draft', { summary: 'Ein gutes Quartal.' }), version: 4 });
    await saving;
    expect(store.report()?.content.summary).toBe('Ein gutes Quartal.');

    const narrative = store.saveText({ goalId: 'g1', narrative: 'Neu.' });
    await settle();
    const second = backend.expectOne(`${ARTIFACT}/versions/1/texts`);
    expect(second.request.body).toEqual({
      narratives: [{ goalId: 'g1', narrative: 'Neu.' }],
      version: 4,
    });
    second.flush({ ...report(1, 'draft'), version: 5 });
    await narrative;
  });

  it('sends texts saved at once one after the other, each with the version the last one made', async () => {
    const { store, backend } = await loaded(report(1, 'draft'), summary(1, 'draft'));
    const first = store.saveText({ summary: 'Zusammenfassung' });
    const second = store.saveText({ goalId: 'g1', narrative: 'Einschätzung' });
    await settle();
    const requests = backend.match(`${ARTIFACT}/versions/1/texts`);
    expect(requests).toHaveLength(1);
    requests[0]?.flush({ ...report(1, 'draft'), version: 4 });
    await first;
    await settle();
    const next = backend.expectOne(`${ARTIFACT}/versions/1/texts`);
    expect(next.request.body).toMatchObject({ version: 4 });
    next.flush({ ...report(1, 'draft'), version: 5 });
    expect((await second).version).toBe(5);
  });

  it('throws a stale version to the caller and keeps the report as it was', async () => {
    const { store, backend } = await loaded(report(1, 'draft'), summary(1, 'draft'));
    const saving = store.saveText({ summary: 'Überschrieben?' });
    await settle();
    backend
      .expectOne(`${ARTIFACT}/versions/1/texts`)
      .flush(
        { type: '/problems/stale-version', title: 'Conflict', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await expect(saving).rejects.toMatchObject({ status: 409 });
    expect(store.report()?.version).toBe(3);
  });

  it('submits and then shows the frozen version with its review', async () => {
    const { store, backend } = await loaded(report(1, 'draft'), summary(1, 'draft'));
    const submitting = store.submit();
    const request = backend.expectOne(`${ARTIFACT}/versions/1/submit`);
    expect(request.request.method).toBe('POST');
    request.flush(report(1, 'in_review'));
    await answerReload(backend, report(1, 'in_review'));
    await submitting;
    expect(store.report()?.status).toBe('in_review');
    expect(store.approvals()).not.toBeNull();
  });

  it('keeps a new public link until it is revoked, also when the API no longer knows it', async () => {
    const { store, backend } = await loaded(report(1, 'published'), summary(1, 'published'));
    const creating = store.createPublicLink();
    backend.expectOne(`${ARTIFACT}/versions/1/public-link`).flush({
      token: 't'.repeat(43),
      url: 'https://example.org/public/reports/ttt',
      createdAt: '2027-04-11T10:00:00Z',
    });
    await creating;
    expect(store.publicLink()?.url).toBe('https://example.org/public/reports/ttt');
    expect(store.linkStatus()).toEqual({
      live: true,
      createdAt: '2027-04-11T10:00:00Z',
      openedCount: 0,
      lastOpenedAt: null,
    });

    const revoking = store.revokePublicLink();
    const request = backend.expectOne(`${ARTIFACT}/versions/1/public-link`);
    expect(request.request.method).toBe('DELETE');
    request.flush(
      { type: '/problems/not-found', title: 'Not Found', status: 404 },
      { status: 404, statusText: 'Not Found' },
    );
    await expect(revoking).rejects.toBeTruthy();
    expect(store.publicLink()).toBeNull();
    expect(store.linkStatus()).toEqual({ live: false });
  });

  it('asks for the link status of the shown version, and forgets it when another version is shown', async () => {
    const { store, backend } = await loaded(report(1, 'published'), summary(1, 'published'));
    const asking = store.loadLinkStatus();
    const request = backend.expectOne(`${ARTIFACT}/versions/1/public-link`);
    expect(request.request.method).toBe('GET');
    const live = {
      live: true,
      createdAt: '2027-04-11T10:00:00Z',
      openedCount: 4,
      lastOpenedAt: null,
    };
    request.flush(live);
    await asking;
    expect(store.linkStatus()).toEqual(live);

    void store.load('i1', 'r1', 2);
    expect(store.linkStatus()).toBeNull();
  });
});
