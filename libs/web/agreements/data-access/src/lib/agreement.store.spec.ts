import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { toProblem } from '@gw/web/shared/data-access';
import { AgreementStore } from './agreement.store';
import {
  ARTIFACT_ID,
  ARTIFACT_URL,
  BASE,
  INITIATIVE_ID,
  artifact,
  comment,
  content,
  overview,
  summary,
  version,
} from './testing/agreement-fixtures';

const flushPending = () => new Promise((resolve) => setTimeout(resolve));

async function loaded(...versions: ReturnType<typeof summary>[]) {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const store = TestBed.inject(AgreementStore);
  const backend = TestBed.inject(HttpTestingController);
  const load = store.load(INITIATIVE_ID);
  backend
    .expectOne(`${BASE}?kind=agreement`)
    .flush([{ id: ARTIFACT_ID, kind: 'agreement', title: 'Kooperationsvereinbarung' }]);
  await flushPending();
  backend.expectOne(ARTIFACT_URL).flush(artifact(...versions));
  await load;
  return { store, backend };
}

async function selected(status: 'draft' | 'signing', rowVersion = 4) {
  const setup = await loaded(summary(1, status));
  const { store, backend } = setup;
  const select = store.select(1);
  backend
    .expectOne(`${ARTIFACT_URL}/versions/1`)
    .flush(version(1, status, { version: rowVersion }));
  await flushPending();
  backend.expectOne(`${ARTIFACT_URL}/versions/1/comments?status=all`).flush([]);
  if (status !== 'draft')
    backend.expectOne(`${ARTIFACT_URL}/versions/1/signatures`).flush(overview());
  await select;
  return setup;
}

const stale = {
  type: PROBLEM_TYPES.staleVersion,
  title: 'Conflict',
  status: 409,
  detail: 'The draft was changed by someone else.',
};

describe('AgreementStore', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('finds the agreement among the artifacts and loads its versions', async () => {
    const { store } = await loaded(summary(2, 'draft'), summary(1, 'in_force'));
    expect(store.versions().map((v) => v.number)).toEqual([2, 1]);
    expect(store.canStartVersion()).toBe(false);
  });

  it('allows a new version once the latest one is in force', async () => {
    const { store } = await loaded(summary(1, 'in_force'));
    expect(store.canStartVersion()).toBe(true);
  });

  it('loads a draft with its comments but asks for no signatures', async () => {
    const { store } = await selected('draft');
    expect(store.version()?.number).toBe(1);
    expect(store.isDraft()).toBe(true);
    expect(store.signatures()).toBeNull();
  });

  it('loads the signatures of a frozen version', async () => {
    const { store } = await selected('signing');
    expect(store.signatures()?.required).toHaveLength(2);
  });

  it('names the partners the user may sign for and withdraw, as the overview does', async () => {
    const setup = await loaded(summary(1, 'in_force'));
    const { store, backend } = setup;
    const select = store.select(1);
    backend.expectOne(`${ARTIFACT_URL}/versions/1`).flush(version(1, 'in_force'));
    await flushPending();
    backend.expectOne(`${ARTIFACT_URL}/versions/1/comments?status=all`).flush([]);
    backend.expectOne(`${ARTIFACT_URL}/versions/1/signatures`).flush(
      overview({
        signable: [{ actorId: 'act-9', actorName: 'Sportverein' }],
        withdrawable: [{ actorId: 'act-1', actorName: 'Stadtjugendring' }],
      }),
    );
    await select;
    expect(store.signable()).toEqual([{ actorId: 'act-9', actorName: 'Sportverein' }]);
    expect(store.withdrawable()).toEqual([{ actorId: 'act-1', actorName: 'Stadtjugendring' }]);
  });

  it('saves a draft with the row version it read', async () => {
    const { store, backend } = await selected('draft', 4);
    const changed = content(() => 'Neu');
    const saving = store.save(changed);
    const patch = backend.expectOne(`${ARTIFACT_URL}/versions/1`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ content: changed, version: 4 });
    patch.flush(version(1, 'draft', { content: changed, version: 5 }));
    expect((await saving).version).toBe(5);
    expect(store.version()?.version).toBe(5);
  });

  it('throws a stale version to the caller and keeps what it had', async () => {
    const { store, backend } = await selected('draft', 4);
    const saving = store.save(content(() => 'Neu'));
    backend
      .expectOne(`${ARTIFACT_URL}/versions/1`)
      .flush(stale, { status: 409, statusText: 'Conflict' });
    const problem = toProblem(await saving.catch((error: unknown) => error));
    expect(problem.type).toBe(PROBLEM_TYPES.staleVersion);
    expect(store.version()?.version).toBe(4);
    expect(store.version()?.content.sections[0]?.body).toBe('Text zu preamble');
  });

  it('submits a draft, then shows it frozen with its signature round', async () => {
    const { store, backend } = await selected('draft');
    const submitting = store.submit();
    const post = backend.expectOne(`${ARTIFACT_URL}/versions/1/submit`);
    expect(post.request.method).toBe('POST');
    post.flush(version(1, 'signing'));
    await flushPending();
    backend.expectOne(`${BASE}?kind=agreement`).flush([{ id: ARTIFACT_ID }]);
    backend.expectOne(`${ARTIFACT_URL}/versions/1/signatures`).flush(overview());
    await flushPending();
    backend.expectOne(ARTIFACT_URL).flush(artifact(summary(1, 'signing')));
    await submitting;
    expect(store.version()?.status).toBe('signing');
    expect(store.versions()[0]?.status).toBe('signing');
    expect(store.signatures()?.required.map((s) => s.actorName)).toEqual([
      'Stadtjugendring',
      'Jobcenter',
    ]);
  });

  it('keeps a refused submit from changing the draft', async () => {
    const { store, backend } = await selected('draft');
    const submitting = store.submit();
    backend
      .expectOne(`${ARTIFACT_URL}/versions/1/submit`)
      .flush(
        { type: PROBLEM_TYPES.invalidState, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    await expect(submitting).rejects.toBeTruthy();
    expect(store.version()?.status).toBe('draft');
  });

  it('counts the open comments per section and updates them when one is resolved', async () => {
    const { store, backend } = await loaded(summary(1, 'draft'));
    const select = store.select(1);
    backend.expectOne(`${ARTIFACT_URL}/versions/1`).flush(version(1, 'draft'));
    await flushPending();
    backend
      .expectOne(`${ARTIFACT_URL}/versions/1/comments?status=all`)
      .flush([
        comment('c1', 'preamble'),
        comment('c2', 'preamble'),
        comment('c3', 'term', { resolvedAt: '2026-03-02T00:00:00Z' }),
      ]);
    await select;
    expect(store.openCommentCounts()).toEqual({ preamble: 2 });

    const resolving = store.resolveComment('c1');
    backend
      .expectOne(`${ARTIFACT_URL}/comments/c1/resolve`)
      .flush(comment('c1', 'preamble', { resolvedAt: '2026-03-04T00:00:00Z' }));
    await resolving;
    expect(store.openCommentCounts()).toEqual({ preamble: 1 });
  });
});
