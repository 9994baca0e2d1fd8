import {
  type ArtifactVersion,
  type Dimension,
  type Indicator,
  type Initiative,
  type Measurement,
  PROBLEM_TYPES,
  type PublicLink,
  type PublicReport,
  type ReportComparison,
  type ReportContent,
} from '@gw/shared/contracts';
import { addMember, createInitiative, createUser, type TestUser } from '../support/factories';
import { createDimension, createIndicator, createMeasure } from '../support/phase-two';
import { pdfText } from '../support/pdf-text';
import { detailOf, expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

type Report = ArtifactVersion & { content: ReportContent };

describe('activity and impact reports', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let steering: TestUser[];
  let workingGroup: TestUser;
  let partner: TestUser;
  let initiative: Initiative;
  let base: string;
  let goalId: string;
  let stadtteil: Dimension;
  /** Public, in percent, with cells resting on a number of cases. */
  let quote: Indicator;
  /** Internal. */
  let gespraeche: Indicator;
  /** Public, a head count with cells and no number of cases. */
  let teilnehmende: Indicator;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await createUser(t.api, { displayName: 'Miriam Koordination' });
    steering = [];
    for (const name of ['Anna Steuerung', 'Bernd Steuerung', 'Clara Steuerung']) {
      steering.push(await createUser(t.api, { displayName: name }));
    }
    workingGroup = await createUser(t.api, { displayName: 'Wanda Arbeitsgruppe' });
    partner = await createUser(t.api, { displayName: 'Paul Partner' });
  });
  afterAll(() => t.close());

  const token = () => coordinator.token;
  const measurement = async (
    indicator: Indicator,
    period: string,
    value: number,
    extra: { cases?: number; cell?: { dimensionId: string; valueId: string }[] } = {},
  ) => {
    const response = await t.api.post<Measurement>(
      `${base}/indicators/${indicator.id}/measurements`,
      { period, value, ...extra },
      { token: token() },
    );
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    return response.body;
  };
  const cellOf = (value: string) => [
    { dimensionId: stadtteil.id, valueId: stadtteil.values.find((v) => v.value === value)!.id },
  ];
  const createReport = async (body: Record<string, unknown> = {}) => {
    const response = await t.api.post<Report>(
      `${base}/reports`,
      { periodType: 'quarter', periodStart: '2027-02-10', ...body },
      { token: token() },
    );
    expect(response.status).toBe(201);
    return response.body;
  };
  const reportPath = (report: { artifactId: string }) => `${base}/artifacts/${report.artifactId}`;
  const submit = async (report: Report) => {
    const response = await t.api.post<Report>(
      `${reportPath(report)}/versions/${report.number}/submit`,
      undefined,
      { token: token() },
    );
    expect(response.status).toBe(201);
    return response.body;
  };
  const approveBy = (report: Report, members: TestUser[]) =>
    Promise.all(
      members.map((member) =>
        t.api.post(
          `${reportPath(report)}/versions/${report.number}/approvals`,
          { decision: 'approve' },
          { token: member.token },
        ),
      ),
    );
  const publishedReport = async () => {
    const submitted = await submit(await createReport());
    await approveBy(submitted, steering.slice(0, 2));
    const published = await t.api.post<Report>(
      `${reportPath(submitted)}/versions/${submitted.number}/publish`,
      undefined,
      { token: token() },
    );
    expect(published.status).toBe(200);
    return published.body;
  };
  const indicatorIn = (content: ReportContent, indicator: Indicator) =>
    content.goals.flatMap((goal) => goal.indicators).find((i) => i.indicatorId === indicator.id);

  beforeEach(async () => {
    initiative = await createInitiative(t.api, coordinator);
    base = `/api/v1/initiatives/${initiative.id}`;
    for (const member of steering) await addMember(t.dataSource, initiative.id, member, 'steering');
    await addMember(t.dataSource, initiative.id, workingGroup, 'working_group');
    await addMember(t.dataSource, initiative.id, partner, 'partner');
    const [goal] = (await t.dataSource.query(
      `INSERT INTO goals (initiative_id, title, position)
       VALUES ($1, 'Kein Abschluss ohne Anschluss', 1) RETURNING id`,
      [initiative.id],
    )) as { id: string }[];
    goalId = goal!.id;
    stadtteil = await createDimension(t.api, initiative.id, coordinator, {
      name: 'Stadtteil',
      values: [{ value: 'Mitte' }, { value: 'Hafen' }],
    });
    quote = await createIndicator(t.api, initiative.id, coordinator, {
      name: 'Anschlussquote',
      unit: '%',
      frequency: 'monthly',
      goalIds: [goalId],
      baseline: { value: 60, date: '2026-12-31' },
      targets: [{ value: 84, date: '2027-12-31' }],
      dimensionIds: [stadtteil.id],
      visibility: 'public',
    });
    gespraeche = await createIndicator(t.api, initiative.id, coordinator, {
      name: 'Beratungsgespräche',
      unit: 'Gespräche',
      frequency: 'quarterly',
      goalIds: [goalId],
      visibility: 'internal',
    });
    teilnehmende = await createIndicator(t.api, initiative.id, coordinator, {
      name: 'Teilnehmende Jugendliche',
      unit: 'Personen',
      frequency: 'quarterly',
      goalIds: [goalId],
      dimensionIds: [stadtteil.id],
      visibility: 'public',
    });
    await measurement(quote, '2026-12', 58);
    await measurement(quote, '2027-01', 61);
    await measurement(quote, '2027-02', 63);
    await measurement(quote, '2027-03', 65);
    await measurement(quote, '2027-03', 70, { cell: cellOf('Mitte'), cases: 30 });
    await measurement(quote, '2027-03', 33, { cell: cellOf('Hafen'), cases: 3 });
    await measurement(gespraeche, '2027-Q1', 120);
    await measurement(teilnehmende, '2027-Q1', 14);
    await measurement(teilnehmende, '2027-Q1', 12, { cell: cellOf('Mitte') });
    await measurement(teilnehmende, '2027-Q1', 2, { cell: cellOf('Hafen') });
    await createMeasure(t.api, initiative.id, coordinator, {
      title: 'Übergangscoaching',
      goalIds: [goalId],
      status: 'running',
      startDate: '2027-02-01',
      endDate: '2027-12-31',
      milestones: [
        { title: 'Auftaktveranstaltung', dueDate: '2027-03-01', done: true },
        { title: 'Zwischenbilanz', dueDate: '2027-06-30' },
      ],
    });
    await createMeasure(t.api, initiative.id, coordinator, {
      title: 'Bewerbungstraining',
      goalIds: [goalId],
      status: 'completed',
      startDate: '2026-10-01',
      endDate: '2027-03-15',
    });
    await createMeasure(t.api, initiative.id, coordinator, {
      title: 'Elternabende',
      goalIds: [goalId],
      status: 'delayed',
    });
  });

  describe('creating', () => {
    it('generates the draft from the data: per goal the values in the period, measures and milestones', async () => {
      const report = await createReport();
      expect(report).toMatchObject({ number: 1, status: 'draft', kind: 'impact_report' });
      const content = report.content;
      expect(content).toMatchObject({
        title: 'Tätigkeits- und Wirkungsbericht 1. Quartal 2027',
        periodType: 'quarter',
        periodStart: '2027-01-01',
        periodEnd: '2027-03-31',
        summary: '',
      });
      expect(content.goals).toHaveLength(1);
      const [goal] = content.goals;
      expect(goal).toMatchObject({ goalId, title: 'Kein Abschluss ohne Anschluss', narrative: '' });
      expect(goal!.measures.started.map((m) => m.title)).toEqual(['Übergangscoaching']);
      expect(goal!.measures.completed.map((m) => m.title)).toEqual(['Bewerbungstraining']);
      expect(goal!.measures.delayed.map((m) => m.title)).toEqual(['Elternabende']);
      expect(goal!.milestonesReached).toEqual([
        { measureTitle: 'Übergangscoaching', title: 'Auftaktveranstaltung', dueDate: '2027-03-01' },
      ]);
      const anschluss = indicatorIn(content, quote)!;
      // December lies before the quarter; the cells are those of the latest period.
      expect(anschluss.values.map((v) => [v.period, v.value])).toEqual([
        ['2027-01', 61],
        ['2027-02', 63],
        ['2027-03', 65],
      ]);
      expect(anschluss).toMatchObject({
        baseline: { value: 60, date: '2026-12-31' },
        target: { value: 84, date: '2027-12-31' },
        visibility: 'public',
      });
      // Three months into a year from 60 to 84 the straight path stands at 66: 65 is close.
      expect(anschluss.status).toBe('at_risk');
      expect(anschluss.cells).toEqual([
        { cell: [{ dimension: 'Stadtteil', value: 'Mitte' }], value: 70, cases: 30 },
        { cell: [{ dimension: 'Stadtteil', value: 'Hafen' }], value: 33, cases: 3 },
      ]);
      expect(indicatorIn(content, gespraeche)!.values).toEqual([
        { period: '2027-Q1', periodEnd: '2027-03-31', value: 120, cases: null },
      ]);
    });

    it('takes only approved values: a data steward’s submitted value waits for review', async () => {
      const steward = await addMember(
        t.dataSource,
        initiative.id,
        await createUser(t.api),
        'working_group',
      );
      await t.dataSource.query(
        `INSERT INTO indicator_stewards (indicator_id, membership_id) VALUES ($1, $2)`,
        [gespraeche.id, steward],
      );
      await t.dataSource.query(
        `UPDATE measurements SET status = 'submitted' WHERE indicator_id = $1`,
        [gespraeche.id],
      );
      const report = await createReport();
      expect(indicatorIn(report.content, gespraeche)!.values).toEqual([]);
      expect(indicatorIn(report.content, gespraeche)!.status).toBe('no_data');
    });

    it('covers a half-year, a year or a custom range', async () => {
      const half = await createReport({ periodType: 'half_year', periodStart: '2027-05-05' });
      expect(half.content).toMatchObject({ periodStart: '2027-01-01', periodEnd: '2027-06-30' });
      const year = await createReport({ periodType: 'year', periodStart: '2027-05-05' });
      expect(year.content.title).toBe('Tätigkeits- und Wirkungsbericht 2027');
      const custom = await createReport({
        periodType: 'custom',
        periodStart: '2027-02-01',
        periodEnd: '2027-02-28',
        title: 'Zwischenbericht Februar',
      });
      expect(custom.content).toMatchObject({
        title: 'Zwischenbericht Februar',
        periodStart: '2027-02-01',
        periodEnd: '2027-02-28',
      });
      expect(indicatorIn(custom.content, quote)!.values.map((v) => v.period)).toEqual(['2027-02']);
    });

    it.each([
      [{ periodType: 'custom', periodStart: '2027-02-01' }, 'periodEnd'],
      [{ periodType: 'custom', periodStart: '2027-02-01', periodEnd: '2027-01-31' }, 'periodEnd'],
      [{ periodType: 'custom', periodStart: '2020-01-01', periodEnd: '2027-01-31' }, 'periodEnd'],
      [{ periodType: 'month', periodStart: '2027-02-01' }, 'periodType'],
      [{ periodType: 'quarter', periodStart: '2027-02-30' }, 'periodStart'],
      [{ periodType: 'quarter', periodStart: '2027-02-01', title: ' ' }, 'title'],
    ])('refuses %j naming the field %s', async (body, field) => {
      const response = await t.api.post(`${base}/reports`, body, { token: token() });
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual([field]);
    });

    it('is not edited as content: its numbers come from the data', async () => {
      const report = await createReport();
      const patch = await t.api.patch(
        `${reportPath(report)}/versions/1`,
        { content: report.content, version: report.version },
        { token: token() },
      );
      expectProblem(patch, 409, PROBLEM_TYPES.invalidState);
      const again = await t.api.post(`${reportPath(report)}/versions`, undefined, {
        token: token(),
      });
      expectProblem(again, 409, PROBLEM_TYPES.invalidState);
    });
  });

  describe('texts', () => {
    it('takes a narrative per goal from working groups and a summary, and refreshes the numbers', async () => {
      const report = await createReport();
      await t.dataSource.query(
        `UPDATE measurements SET value = 67 WHERE indicator_id = $1 AND period = '2027-03' AND cell_key = ''`,
        [quote.id],
      );
      const narrative = await t.api.patch<Report>(
        `${reportPath(report)}/versions/1/texts`,
        {
          narratives: [{ goalId, narrative: 'Das Coaching ist im Februar gestartet.' }],
          version: report.version,
        },
        { token: workingGroup.token },
      );
      expect(narrative.status).toBe(200);
      expect(narrative.body.content.goals[0]!.narrative).toBe(
        'Das Coaching ist im Februar gestartet.',
      );
      expect(indicatorIn(narrative.body.content, quote)!.values.at(-1)!.value).toBe(67);

      const summary = await t.api.patch<Report>(
        `${reportPath(report)}/versions/1/texts`,
        { summary: 'Ein gutes erstes Quartal.', version: narrative.body.version },
        { token: token() },
      );
      expect(summary.body.content).toMatchObject({ summary: 'Ein gutes erstes Quartal.' });
      expect(summary.body.content.goals[0]!.narrative).toBe(
        'Das Coaching ist im Februar gestartet.',
      );
    });

    it('refuses a stale version, a goal the report does not have and a frozen version', async () => {
      const report = await createReport();
      const path = `${reportPath(report)}/versions/1/texts`;
      const saved = await t.api.patch<Report>(
        path,
        { summary: 'Erster Stand', version: report.version },
        { token: token() },
      );
      expect(saved.status).toBe(200);
      const stale = await t.api.patch(
        path,
        { summary: 'Überschrieben?', version: report.version },
        { token: workingGroup.token },
      );
      expectProblem(stale, 409, PROBLEM_TYPES.staleVersion);

      const unknown = await t.api.patch(
        path,
        {
          narratives: [{ goalId: '00000000-0000-4000-8000-000000000000', narrative: 'x' }],
          version: saved.body.version,
        },
        { token: token() },
      );
      expectProblem(unknown, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(unknown)).toEqual(['narratives.0.goalId']);

      await submit(saved.body);
      const frozen = await t.api.patch(
        path,
        { summary: 'Nachträglich', version: saved.body.version },
        { token: token() },
      );
      expectProblem(frozen, 409);
    });
  });

  describe('submitting, reviewing and publishing', () => {
    it('freezes the numbers: a later correction changes neither the report nor its hash, and the next draft flags it', async () => {
      const draft = await createReport();
      const submitted = await submit(draft);
      expect(submitted).toMatchObject({
        status: 'in_review',
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });

      const [march] = (
        await t.api.get<{ items: Measurement[] }>(
          `${base}/indicators/${quote.id}/measurements?cells=total&from=2027-03-01&to=2027-03-31`,
          { token: token() },
        )
      ).body.items;
      const corrected = await t.api.patch(
        `${base}/indicators/${quote.id}/measurements/${march!.id}`,
        { value: 62, reason: 'Doppelt gezählte Abgänge entfernt', version: march!.version },
        { token: token() },
      );
      expect(corrected.status).toBe(200);

      const reread = await t.api.get<Report>(`${reportPath(submitted)}/versions/1`, {
        token: token(),
      });
      expect(reread.body.contentHash).toBe(submitted.contentHash);
      expect(reread.body.content).toEqual(submitted.content);
      expect(indicatorIn(reread.body.content, quote)!.values.at(-1)!.value).toBe(65);

      const next = await createReport({ periodStart: '2027-04-01' });
      expect(next.content.corrections).toEqual([
        {
          indicatorId: quote.id,
          indicatorName: 'Anschlussquote',
          visibility: 'public',
          period: '2027-03',
          before: 65,
          after: 62,
          reportTitle: 'Tätigkeits- und Wirkungsbericht 1. Quartal 2027',
        },
      ]);
    });

    it('is approved by the steering group with the initiative’s quorum, then published by coordination', async () => {
      const submitted = await submit(await createReport());
      const early = await t.api.post(`${reportPath(submitted)}/versions/1/publish`, undefined, {
        token: token(),
      });
      expectProblem(early, 409, PROBLEM_TYPES.invalidState);
      expect(detailOf(early)).toContain('only an approved report');

      const overview = await t.api.get(`${reportPath(submitted)}/versions/1/approvals`, {
        token: steering[0]!.token,
      });
      expect(overview.body).toMatchObject({ quorum: 'majority', needed: 2, canDecide: true });

      const comment = await t.api.post(
        `${reportPath(submitted)}/versions/1/comments`,
        { sectionKey: 'summary', body: 'Bitte die Zahlen zu Hafen erläutern.' },
        { token: steering[2]!.token },
      );
      expect(comment.status).toBe(201);

      await approveBy(submitted, steering.slice(0, 1));
      const status = async () =>
        (await t.api.get<Report>(`${reportPath(submitted)}/versions/1`, { token: token() })).body
          .status;
      expect(await status()).toBe('in_review');
      await approveBy(submitted, steering.slice(1, 2));
      expect(await status()).toBe('approved');

      const byWorkingGroup = await t.api.post(
        `${reportPath(submitted)}/versions/1/publish`,
        undefined,
        { token: workingGroup.token },
      );
      expectProblem(byWorkingGroup, 403);
      const published = await t.api.post<Report>(
        `${reportPath(submitted)}/versions/1/publish`,
        undefined,
        { token: token() },
      );
      expect(published.body).toMatchObject({
        status: 'published',
        contentHash: submitted.contentHash,
      });
      const twice = await t.api.post(`${reportPath(submitted)}/versions/1/publish`, undefined, {
        token: token(),
      });
      expectProblem(twice, 409);
    });

    it('needs every steering member with the quorum "all"', async () => {
      await t.dataSource.query(`UPDATE initiatives SET approval_quorum = 'all' WHERE id = $1`, [
        initiative.id,
      ]);
      const submitted = await submit(await createReport());
      await approveBy(submitted, steering.slice(0, 2));
      const read = await t.api.get<Report>(`${reportPath(submitted)}/versions/1`, {
        token: token(),
      });
      expect(read.body.status).toBe('in_review');
      await approveBy(submitted, steering.slice(2));
      const after = await t.api.get<Report>(`${reportPath(submitted)}/versions/1`, {
        token: token(),
      });
      expect(after.body.status).toBe('approved');
    });

    it('renders its PDF with the charts', async () => {
      const report = await createReport();
      const pdf = await t.api.get<string>(`${reportPath(report)}/versions/1/pdf`, {
        token: partner.token,
      });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.body.startsWith('%PDF-')).toBe(true);
      const bytes = await fetch(`${t.baseUrl}${reportPath(report)}/versions/1/pdf`, {
        headers: { authorization: `Bearer ${partner.token}` },
      });
      const text = pdfText(Buffer.from(await bytes.arrayBuffer()));
      expect(text).toContain('Auf einen Blick');
      expect(text).toContain('Anschlussquote: 65 % (März 2027) · Ausgangswert 60 % · Ziel 84 %');
      expect(text).toContain('1 begonnen · 1 abgeschlossen · 1 verzögert · 1 Meilensteine');
      // Periods in words, as on the web: „März 2027“, not „2027-03“.
      expect(text).toContain('1. Quartal 2027');
      expect(text).not.toMatch(/2027-0[1-3]|2027-Q1/);
    });
  });

  describe('visibility', () => {
    it('shows partners and observers no internal indicator, in the report and on the dashboard', async () => {
      const observer = await createUser(t.api);
      await addMember(t.dataSource, initiative.id, observer, 'observer');
      const report = await createReport();
      const names = (content: ReportContent) =>
        content.goals.flatMap((goal) => goal.indicators.map((i) => i.name));
      for (const member of [partner, observer]) {
        const read = await t.api.get<Report>(`${reportPath(report)}/versions/1`, {
          token: member.token,
        });
        expect(names(read.body.content)).toEqual(['Anschlussquote', 'Teilnehmende Jugendliche']);
        const dashboard = await t.api.get<{ indicators: { name: string }[] }>(`${base}/dashboard`, {
          token: member.token,
        });
        expect(dashboard.body.indicators.map((i) => i.name)).toEqual([
          'Anschlussquote',
          'Teilnehmende Jugendliche',
        ]);
        const hidden = await t.api.get(`${base}/indicators/${gespraeche.id}`, {
          token: member.token,
        });
        expectProblem(hidden, 404);
      }
      const steeringRead = await t.api.get<Report>(`${reportPath(report)}/versions/1`, {
        token: steering[0]!.token,
      });
      expect(names(steeringRead.body.content)).toEqual([
        'Anschlussquote',
        'Beratungsgespräche',
        'Teilnehmende Jugendliche',
      ]);
    });
  });

  describe('public link', () => {
    it('shows only public indicators and suppresses small cells, without login', async () => {
      const published = await publishedReport();
      const link = await t.api.post<PublicLink>(
        `${reportPath(published)}/versions/1/public-link`,
        undefined,
        { token: token() },
      );
      expect(link.status).toBe(201);
      expect(link.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(link.body.url).toMatch(new RegExp(`/public/reports/${link.body.token}$`));

      const view = await t.api.get<PublicReport>(`/api/v1/public/reports/${link.body.token}`);
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({
        initiativeName: initiative.name,
        title: 'Tätigkeits- und Wirkungsbericht 1. Quartal 2027',
        contentHash: published.contentHash,
        suppressionThreshold: 5,
      });
      const indicators = view.body.goals.flatMap((goal) => goal.indicators);
      expect(indicators.map((i) => i.name)).toEqual(['Anschlussquote', 'Teilnehmende Jugendliche']);
      // Hafen rests on too few cases; Mitte goes too, or the total minus Mitte would give Hafen.
      expect(indicators[0]!.cells).toEqual([
        { cell: [{ dimension: 'Stadtteil', value: 'Mitte' }], value: null, suppressed: true },
        { cell: [{ dimension: 'Stadtteil', value: 'Hafen' }], value: null, suppressed: true },
      ]);
      // A head count below five identifies people even without a number of cases.
      expect(indicators[1]!.cells).toEqual([
        { cell: [{ dimension: 'Stadtteil', value: 'Mitte' }], value: null, suppressed: true },
        { cell: [{ dimension: 'Stadtteil', value: 'Hafen' }], value: null, suppressed: true },
      ]);
      expect(JSON.stringify(view.body)).not.toContain('Beratungsgespräche');
      expect(view.body).not.toHaveProperty('resources');

      const pdf = await t.api.get<string>(`/api/v1/public/reports/${link.body.token}/pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
    });

    it('follows the initiative’s threshold', async () => {
      const published = await publishedReport();
      // At 3, Hafen's 3 cases are enough: nothing is hidden (at the default 5, both cells are).
      await t.dataSource.query(`UPDATE initiatives SET suppression_threshold = 3 WHERE id = $1`, [
        initiative.id,
      ]);
      const link = await t.api.post<PublicLink>(
        `${reportPath(published)}/versions/1/public-link`,
        undefined,
        { token: token() },
      );
      const view = await t.api.get<PublicReport>(`/api/v1/public/reports/${link.body.token}`);
      expect(view.body.goals[0]!.indicators[0]!.cells.map((c) => c.suppressed)).toEqual([
        false,
        false,
      ]);
    });

    it('answers 404 once revoked, and a new link replaces the old one', async () => {
      const published = await publishedReport();
      const path = `${reportPath(published)}/versions/1/public-link`;
      const first = await t.api.post<PublicLink>(path, undefined, { token: token() });
      const second = await t.api.post<PublicLink>(path, undefined, { token: token() });
      expect(second.body.token).not.toBe(first.body.token);
      expectProblem(await t.api.get(`/api/v1/public/reports/${first.body.token}`), 404);
      expect((await t.api.get(`/api/v1/public/reports/${second.body.token}`)).status).toBe(200);

      const revoked = await t.api.delete(path, { token: token() });
      expect(revoked.status).toBe(204);
      expectProblem(await t.api.get(`/api/v1/public/reports/${second.body.token}`), 404);
      expectProblem(await t.api.get(`/api/v1/public/reports/${second.body.token}/pdf`), 404);
      expectProblem(await t.api.delete(path, { token: token() }), 404);
    });

    it('is only made for a published report, and a malformed token is a 400', async () => {
      const submitted = await submit(await createReport());
      const refused = await t.api.post(
        `${reportPath(submitted)}/versions/1/public-link`,
        undefined,
        { token: token() },
      );
      expectProblem(refused, 409, PROBLEM_TYPES.invalidState);
      const malformed = await t.api.get('/api/v1/public/reports/not%20a%20token');
      expectProblem(malformed, 400, PROBLEM_TYPES.validation);
      expectProblem(
        await t.api.get('/api/v1/public/reports/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
        404,
      );
    });
  });

  describe('comparing', () => {
    it('sets each indicator of one report against the other, period against period', async () => {
      const first = await createReport();
      await measurement(quote, '2027-06', 72);
      await measurement(gespraeche, '2027-Q2', 150);
      const second = await createReport({ periodStart: '2027-04-01' });
      const comparison = await t.api.get<ReportComparison>(
        `${base}/reports/compare?a=${first.artifactId}&b=${second.artifactId}`,
        { token: token() },
      );
      expect(comparison.status).toBe(200);
      expect(comparison.body.a).toMatchObject({
        artifactId: first.artifactId,
        periodEnd: '2027-03-31',
      });
      expect(comparison.body.b).toMatchObject({
        periodStart: '2027-04-01',
        periodEnd: '2027-06-30',
      });
      const byName = Object.fromEntries(comparison.body.indicators.map((i) => [i.name, i]));
      expect(byName['Anschlussquote']).toMatchObject({ a: 65, b: 72, change: 7 });
      expect(byName['Beratungsgespräche']).toMatchObject({ a: 120, b: 150, change: 30 });
      expect(byName['Teilnehmende Jugendliche']).toMatchObject({ a: 14, b: null, change: null });

      const forPartner = await t.api.get<ReportComparison>(
        `${base}/reports/compare?a=${first.artifactId}&b=${second.artifactId}`,
        { token: partner.token },
      );
      expect(forPartner.body.indicators.map((i) => i.name)).not.toContain('Beratungsgespräche');
    });

    it('answers 404 for an artifact that is not a report, and 400 for a malformed id', async () => {
      const report = await createReport();
      const [plan] = (
        await t.api.get<{ id: string }[]>(`${base}/artifacts?kind=action_plan`, {
          token: token(),
        })
      ).body;
      expectProblem(
        await t.api.get(`${base}/reports/compare?a=${report.artifactId}&b=${plan!.id}`, {
          token: token(),
        }),
        404,
      );
      const malformed = await t.api.get(`${base}/reports/compare?a=${report.artifactId}&b=x`, {
        token: token(),
      });
      expectProblem(malformed, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(malformed)).toEqual(['b']);
    });
  });
});
