import { marked } from 'marked';
import {
  type AgreementContent,
  type ArtifactVersion,
  type Measurement,
  type ReportContent,
} from '@gw/shared/contracts';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import { startTestApp, type TestApp } from '../support/test-app';

/** The bypasses of the old sanitiser, each followed by text that must survive. */
const BYPASSES = [
  '<<script>script>alert(1)<</script>/script>',
  'Hallo Welt <img src=x onerror=alert(1)',
  'Siehe [Quelle][r].\n\n[r]: javascript:alert(1)',
  '[Klick](java&#x73;cript:alert(1)) für Kinder < 6 Jahre & Eltern',
];

/** The text as a browser reads it: character references decoded, blanks and escapes gone. */
function decoded(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/[\s\\]/g, '')
    .toLowerCase();
}

function expectHarmless(stored: string): void {
  for (const text of [stored, marked.parse(stored, { gfm: true, async: false })]) {
    expect(decoded(text)).not.toContain('<script');
    expect(decoded(text)).not.toContain('onerror');
    expect(decoded(text)).not.toMatch(/(javascript|vbscript|data):/);
  }
}

describe('rich text: sanitiser bypasses are stored harmless', () => {
  let t: TestApp;
  let f: InitiativeFixture;
  const base = () => `/api/v1/initiatives/${f.initiativeId}`;
  const as = { token: () => f.users.coordination.token };

  beforeAll(async () => {
    t = await startTestApp();
    f = await createInitiativeFixture(t, await createUsersPerRole(t));
  });
  afterAll(() => t.close());

  it('cleans agreement section titles and bodies, and keeps ordinary text', async () => {
    const path = `${base()}/artifacts/${f.artifactId}`;
    const draft = await t.api.post<ArtifactVersion>(`${path}/versions`, undefined, {
      token: as.token(),
    });
    expect(draft.status).toBe(201);
    const content = draft.body.content as AgreementContent;
    BYPASSES.forEach((bypass, index) => {
      content.sections[index]!.title = `Titel <img src=x onerror=alert(1)>${index}`;
      content.sections[index]!.body = bypass;
    });
    const saved = await t.api.patch(
      `${path}/versions/1`,
      { content, version: draft.body.version },
      { token: as.token() },
    );
    expect(saved.status).toBe(200);

    const read = await t.api.get<ArtifactVersion>(`${path}/versions/1`, { token: as.token() });
    const sections = (read.body.content as AgreementContent).sections.slice(0, BYPASSES.length);
    expect(sections.map((section) => section.title)).toEqual([
      'Titel 0',
      'Titel 1',
      'Titel 2',
      'Titel 3',
    ]);
    sections.forEach((section) => expectHarmless(section.body));
    expect(sections.map((section) => section.body)).toEqual([
      '',
      'Hallo Welt ',
      'Siehe Quelle.\n\n',
      'Klick für Kinder < 6 Jahre & Eltern',
    ]);
  });

  it('cleans report narratives and the summary', async () => {
    const created = await t.api.post<ArtifactVersion>(
      `${base()}/reports`,
      { periodType: 'quarter', periodStart: '2027-02-10' },
      { token: as.token() },
    );
    expect(created.status).toBe(201);
    const path = `${base()}/artifacts/${created.body.artifactId}/versions/1`;
    for (const bypass of BYPASSES) {
      const current = await t.api.get<ArtifactVersion>(path, { token: as.token() });
      const saved = await t.api.patch(
        `${path}/texts`,
        {
          summary: bypass,
          narratives: [{ goalId: f.goalId, narrative: bypass }],
          version: current.body.version,
        },
        { token: as.token() },
      );
      expect(saved.status).toBe(200);
      const content = (await t.api.get<ArtifactVersion>(path, { token: as.token() })).body
        .content as ReportContent;
      expectHarmless(content.summary);
      expectHarmless(content.goals.find((goal) => goal.goalId === f.goalId)!.narrative);
    }
  });

  it('cleans comments on an agreement section and on a measurement', async () => {
    const artifactPath = `${base()}/artifacts/${f.artifactId}`;
    const measurementPath = `${base()}/indicators/${f.indicatorId}/measurements/${f.measurementId}`;
    for (const bypass of BYPASSES) {
      const comment = await t.api.post(
        `${artifactPath}/versions/1/comments`,
        { sectionKey: 'partners', body: `Bitte prüfen: ${bypass}` },
        { token: as.token() },
      );
      expect(comment.status).toBe(201);
      const answer = await t.api.post(
        `${measurementPath}/comments`,
        { body: `Bitte prüfen: ${bypass}` },
        { token: as.token() },
      );
      expect(answer.status).toBe(201);
    }

    const comments = await t.api.get<{ body: string }[]>(`${artifactPath}/versions/1/comments`, {
      token: as.token(),
    });
    const measurement = await t.api.get<Measurement>(measurementPath, { token: as.token() });
    const bodies = [...comments.body, ...measurement.body.comments].map((c) => c.body);
    expect(bodies).toHaveLength(2 * BYPASSES.length);
    bodies.forEach((body) => {
      expectHarmless(body);
      expect(body).not.toMatch(/<[a-z/!]/i);
    });
    expect(bodies).toContain('Bitte prüfen: Hallo Welt');
  });
});
