import type { ArtifactVersion, ReportContent } from '@gw/shared/contracts';
import { createInitiative, createUser, type TestUser } from '../support/factories';
import { createMeasure } from '../support/phase-two';
import { startTestApp, type TestApp } from '../support/test-app';

type Report = ArtifactVersion & { content: ReportContent };

/**
 * Measures keep no history of their status: a report places them in its period by their dates
 * and milestones, not by the status they have today.
 */
describe("a report's measures within its period", () => {
  let t: TestApp;
  let coordinator: TestUser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await createUser(t.api, { displayName: 'Miriam Koordination' });
    const initiative = await createInitiative(t.api, coordinator);
    base = `/api/v1/initiatives/${initiative.id}`;
    const [goal] = (await t.dataSource.query(
      `INSERT INTO goals (initiative_id, title, position) VALUES ($1, 'Anschluss', 1) RETURNING id`,
      [initiative.id],
    )) as { id: string }[];
    const measure = (title: string, fields: Record<string, unknown>) =>
      createMeasure(t.api, initiative.id, coordinator, { title, goalIds: [goal!.id], ...fields });
    // Delayed today, but begun only after the first half of 2026.
    await measure('Herbstakademie', { status: 'delayed', startDate: '2026-09-01' });
    await measure('Novemberwerkstatt', { status: 'delayed', startDate: '2026-11-15' });
    await measure('Elternarbeit', { status: 'delayed', startDate: '2026-02-01' });
    // Running today, but a milestone of the first half is still not done.
    await measure('Mentoring', {
      status: 'running',
      startDate: '2026-01-15',
      milestones: [{ title: 'Erste Tandems', dueDate: '2026-05-31' }],
    });
    await measure('Sprachkurse', {
      status: 'running',
      startDate: '2026-01-15',
      milestones: [{ title: 'Kursstart', dueDate: '2026-05-31', done: true }],
    });
    await measure('Bewerbungstraining', {
      status: 'completed',
      startDate: '2025-10-01',
      endDate: '2026-03-15',
      milestones: [{ title: 'Nie abgehakt', dueDate: '2026-02-01' }],
    });
    await measure('Praktikumsbörse', {
      status: 'completed',
      startDate: '2026-01-01',
      endDate: '2026-10-31',
    });
    await measure('Lesepaten', { status: 'cancelled', startDate: '2026-01-01' });
  });
  afterAll(() => t.close());

  const measuresOf = async (periodType: string, periodStart: string) => {
    const response = await t.api.post<Report>(
      `${base}/reports`,
      { periodType, periodStart },
      { token: coordinator.token },
    );
    expect(response.status).toBe(201);
    const [goal] = response.body.content.goals;
    const titles = (refs: { title: string }[]) => refs.map((m) => m.title).sort();
    return {
      completed: titles(goal!.measures.completed),
      started: titles(goal!.measures.started),
      delayed: titles(goal!.measures.delayed),
    };
  };

  it('lists in the first half of 2026 no measure as delayed that began in September or November', async () => {
    expect(await measuresOf('half_year', '2026-03-01')).toEqual({
      completed: ['Bewerbungstraining'],
      started: ['Elternarbeit', 'Lesepaten', 'Mentoring', 'Praktikumsbörse', 'Sprachkurse'],
      delayed: ['Elternarbeit', 'Mentoring'],
    });
  });

  it('lists them in the second half, when they had begun', async () => {
    expect(await measuresOf('half_year', '2026-08-01')).toEqual({
      completed: ['Praktikumsbörse'],
      started: ['Herbstakademie', 'Novemberwerkstatt'],
      delayed: ['Elternarbeit', 'Herbstakademie', 'Mentoring', 'Novemberwerkstatt'],
    });
  });

  it('lists nothing as delayed in a quarter before any measure began', async () => {
    expect(await measuresOf('quarter', '2025-07-01')).toEqual({
      completed: [],
      started: [],
      delayed: [],
    });
  });
});
