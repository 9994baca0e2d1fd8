import { PROBLEM_TYPES } from '@gw/shared/contracts';
import {
  addMember,
  createInitiative,
  createUser,
  type TestUser,
  uniqueEmail,
} from '../support/factories';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('invitations', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let initiativeId: string;
  const invitationsUrl = () => `/api/v1/initiatives/${initiativeId}/invitations`;

  beforeAll(async () => {
    t = await startTestApp();
  });
  beforeEach(async () => {
    coordinator = await createUser(t.api, { displayName: 'Carla Koordination' });
    initiativeId = (await createInitiative(t.api, coordinator, { name: 'Jugendpakt Auenstadt' }))
      .id;
  });
  afterAll(() => t.close());

  async function invite(email: string, role = 'partner') {
    const response = await t.api.post(
      invitationsUrl(),
      { email, role },
      { token: coordinator.token },
    );
    expect(response.status).toBe(201);
    return response.body as { id: string; token: string; acceptUrl: string; expiresAt: string };
  }

  it('creates an invitation with a token, a link and an expiry, and mails (logs) the link', async () => {
    const email = uniqueEmail('invitee');
    const response = await t.api.post(
      invitationsUrl(),
      { email: email.toUpperCase(), role: 'steering' },
      { token: coordinator.token },
    );
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresAt: expect.any(String),
      email,
      role: 'steering',
      acceptUrl: `http://localhost:4200/invitations/${response.body.token}`,
    });
    const days = (Date.parse(response.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const mail = t.logs.map((line) => JSON.parse(line)).find((line) => line.mail?.to === email);
    expect(mail.mail.subject).toContain('Jugendpakt Auenstadt');
    expect(mail.mail.text).toContain(response.body.acceptUrl);
    const [row] = await t.dataSource.query('SELECT token_hash FROM invitations WHERE id = $1', [
      response.body.id,
    ]);
    expect(row.token_hash).not.toContain(response.body.token);
  });

  it('keeps invitation tokens out of the request log', async () => {
    const invitation = await invite(uniqueEmail());
    await t.api.get(`/api/v1/invitations/${invitation.token}`);
    const requestLines = t.logs.filter((line) => line.includes('request completed')).join('\n');
    expect(requestLines).toContain('/api/v1/invitations/[redacted]');
    expect(requestLines).not.toContain(invitation.token);
  });

  it('shows the holder of the link what the invitation is for, without login', async () => {
    const email = uniqueEmail();
    const invitation = await invite(email, 'working_group');
    const response = await t.api.get(`/api/v1/invitations/${invitation.token}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      initiativeName: 'Jugendpakt Auenstadt',
      role: 'working_group',
      email,
      status: 'pending',
      expiresAt: invitation.expiresAt,
    });
  });

  it('turns into a membership with the invited role when the invitee accepts', async () => {
    const email = uniqueEmail();
    const invitation = await invite(email, 'working_group');
    const invitee = await createUser(t.api, { email });
    const accepted = await t.api.post(`/api/v1/invitations/${invitation.token}/accept`, undefined, {
      token: invitee.token,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ initiativeId, role: 'working_group' });

    const initiative = await t.api.get(`/api/v1/initiatives/${initiativeId}`, {
      token: invitee.token,
    });
    expect(initiative.body.myRole).toBe('working_group');
    const list = await t.api.get(invitationsUrl(), { token: coordinator.token });
    expect(list.body.items[0]).toMatchObject({
      email,
      status: 'accepted',
      invitedBy: 'Carla Koordination',
    });
  });

  it('refuses a used invitation with 409', async () => {
    const email = uniqueEmail();
    const invitation = await invite(email);
    const invitee = await createUser(t.api, { email });
    await t.api.post(`/api/v1/invitations/${invitation.token}/accept`, undefined, {
      token: invitee.token,
    });
    const again = await t.api.post(`/api/v1/invitations/${invitation.token}/accept`, undefined, {
      token: invitee.token,
    });
    expectProblem(again, 409, PROBLEM_TYPES.invitationUsed);
  });

  it('refuses an expired invitation with 410', async () => {
    const email = uniqueEmail();
    const invitation = await invite(email);
    await t.dataSource.query(
      `UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [invitation.id],
    );
    const invitee = await createUser(t.api, { email });
    const response = await t.api.post(`/api/v1/invitations/${invitation.token}/accept`, undefined, {
      token: invitee.token,
    });
    expectProblem(response, 410, PROBLEM_TYPES.invitationExpired);
    const preview = await t.api.get(`/api/v1/invitations/${invitation.token}`);
    expect(preview.body.status).toBe('expired');
  });

  it('refuses an invitation sent to another e-mail address with 403', async () => {
    const invitation = await invite(uniqueEmail());
    const someoneElse = await createUser(t.api);
    const response = await t.api.post(`/api/v1/invitations/${invitation.token}/accept`, undefined, {
      token: someoneElse.token,
    });
    expectProblem(response, 403, PROBLEM_TYPES.invitationForeign);
    const initiative = await t.api.get(`/api/v1/initiatives/${initiativeId}`, {
      token: someoneElse.token,
    });
    expectProblem(initiative, 404);
  });

  it('refuses a withdrawn invitation with 410, and a new invitation replaces a pending one', async () => {
    const email = uniqueEmail();
    const first = await invite(email);
    const second = await invite(email, 'observer');
    const invitee = await createUser(t.api, { email });
    const replaced = await t.api.post(`/api/v1/invitations/${first.token}/accept`, undefined, {
      token: invitee.token,
    });
    expectProblem(replaced, 410, PROBLEM_TYPES.invitationRevoked);

    const withdrawn = await t.api.delete(`${invitationsUrl()}/${second.id}`, {
      token: coordinator.token,
    });
    expect(withdrawn.status).toBe(204);
    const response = await t.api.post(`/api/v1/invitations/${second.token}/accept`, undefined, {
      token: invitee.token,
    });
    expectProblem(response, 410, PROBLEM_TYPES.invitationRevoked);
  });

  it('answers 404 for an unknown token, 400 for a malformed one and 401 without login', async () => {
    const unknown = await t.api.get(`/api/v1/invitations/${'a'.repeat(43)}`);
    expectProblem(unknown, 404);
    const malformed = await t.api.get('/api/v1/invitations/bad%20token');
    expectProblem(malformed, 400, PROBLEM_TYPES.validation);
    const invitation = await invite(uniqueEmail());
    const anonymous = await t.api.post(`/api/v1/invitations/${invitation.token}/accept`);
    expectProblem(anonymous, 401);
  });

  it('refuses to invite someone who is already a member', async () => {
    const member = await createUser(t.api);
    await addMember(t.dataSource, initiativeId, member, 'observer');
    const response = await t.api.post(
      invitationsUrl(),
      { email: member.email, role: 'partner' },
      { token: coordinator.token },
    );
    expectProblem(response, 409, PROBLEM_TYPES.alreadyMember);
  });

  it('validates e-mail and role', async () => {
    const response = await t.api.post(
      invitationsUrl(),
      { email: 'nope', role: 'king' },
      { token: coordinator.token },
    );
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(response).sort()).toEqual(['email', 'role']);
  });

  it('lists invitations newest first, filtered by status', async () => {
    const a = uniqueEmail('a');
    const b = uniqueEmail('b');
    await invite(a);
    const second = await invite(b);
    await t.api.delete(`${invitationsUrl()}/${second.id}`, { token: coordinator.token });

    const all = await t.api.get(invitationsUrl(), { token: coordinator.token });
    expect(
      all.body.items.map((i: { email: string; status: string }) => [i.email, i.status]),
    ).toEqual([
      [b, 'revoked'],
      [a, 'pending'],
    ]);
    const pending = await t.api.get(`${invitationsUrl()}?status=pending`, {
      token: coordinator.token,
    });
    expect(pending.body).toMatchObject({
      total: 1,
      items: [expect.objectContaining({ email: a })],
    });
  });

  it('cannot withdraw an invitation that was accepted', async () => {
    const email = uniqueEmail();
    const invitation = await invite(email);
    const invitee = await createUser(t.api, { email });
    await t.api.post(`/api/v1/invitations/${invitation.token}/accept`, undefined, {
      token: invitee.token,
    });
    const response = await t.api.delete(`${invitationsUrl()}/${invitation.id}`, {
      token: coordinator.token,
    });
    expectProblem(response, 409, PROBLEM_TYPES.invitationUsed);
  });
});
