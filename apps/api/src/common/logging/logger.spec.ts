import { Writable } from 'node:stream';
import { createLogger, redactUrl } from './logger';

describe('redactUrl', () => {
  it('hides invitation tokens in URLs', () => {
    expect(redactUrl('/api/v1/invitations/AbC-123_xyzAbC-123_xyzAbC-123_xyz/accept')).toBe(
      '/api/v1/invitations/[redacted]/accept',
    );
    expect(redactUrl('/invitations/AbC-123_xyzAbC-123_xyz?x=1')).toBe(
      '/invitations/[redacted]?x=1',
    );
  });

  it('keeps ids of invitations, which are not secrets', () => {
    const url =
      '/api/v1/initiatives/5f0c3c1e-8a39-4d6f-9a51-3b1b2d0f9f11/invitations/5f0c3c1e-8a39-4d6f-9a51-3b1b2d0f9f12';
    expect(redactUrl(url)).toBe(url);
  });
});

describe('createLogger', () => {
  it('redacts passwords, tokens and the authorization header', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(chunk.toString());
        callback();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      {
        body: { password: 'geheim-geheim', refreshToken: 'rt-123' },
        req: { headers: { authorization: 'Bearer abc' } },
      },
      'x',
    );
    const line = lines.join('');
    expect(line).not.toContain('geheim-geheim');
    expect(line).not.toContain('rt-123');
    expect(line).not.toContain('Bearer abc');
  });
});
