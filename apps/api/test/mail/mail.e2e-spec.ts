import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createInitiative, createUser, uniqueEmail } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/** With SMTP_URL set, invitation mails go to the SMTP server instead of the log. */
describe('mail through SMTP_URL', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: ReceivedMail[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await startTestApp({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'koordination@example.org',
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  it('sends the invitation with its link to the invitee, and logs no mail body', async () => {
    const coordinator = await createUser(t.api);
    const initiative = await createInitiative(t.api, coordinator, { name: 'Seniorennetz Nord' });
    const email = uniqueEmail('invitee');
    const response = await t.api.post(
      `/api/v1/initiatives/${initiative.id}/invitations`,
      { email, role: 'partner' },
      { token: coordinator.token },
    );
    expect(response.status).toBe(201);

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: 'koordination@example.org', to: [email] });
    const body = received[0]!.data.replace(/=\r?\n/g, '');
    expect(body).toContain(`/invitations/${response.body.token}`);
    expect(t.logs.join('\n')).not.toContain(response.body.token);
  });
});
