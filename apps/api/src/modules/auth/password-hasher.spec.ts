import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  MAX_WAITING_HASHES,
  PASSWORD_WORKERS,
  hashPassword,
  stopPasswordHashing,
  verifyPassword,
} from './password-hasher';

describe('password hashing', () => {
  afterAll(() => stopPasswordHashing());

  it('produces an argon2id PHC string with the OWASP parameters and a random salt', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse battery staple');
    await expect(verifyPassword(hash, 'correct horse battery staple')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'Correct horse battery staple')).resolves.toBe(false);
  });

  it('verifies hashes made by the native argon2 library (same PHC format)', async () => {
    const native =
      '$argon2id$v=19$m=65536,t=3,p=4$Auvd3b/BYALZdXUeUrRvGg$dLpcJ223ev3SbFwa60DqvDOQYm1iUYLuhxAiQ5gyxdo';
    await expect(verifyPassword(native, 'x')).resolves.toBe(true);
  });

  it('rejects a malformed hash instead of hanging', async () => {
    await expect(verifyPassword('not-a-phc-string', 'x')).rejects.toThrow();
    await expect(verifyPassword(await hashPassword('still works'), 'still works')).resolves.toBe(
      true,
    );
  });

  it('keeps the event loop responsive while 20 hashes run', async () => {
    await hashPassword('warm-up'); // the first call starts a worker; that is not the point here
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = Date.now();
    const hashes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => hashPassword(`password number ${i}`)),
    );
    delay.disable();
    expect(new Set(hashes).size).toBe(20);
    // 20 hashes of ~120 ms each: on the event loop the p99 delay would be a whole hash or more.
    expect(Date.now() - started).toBeGreaterThan(200);
    expect(delay.percentile(99) / 1e6).toBeLessThan(30);
  }, 30_000);

  it('answers 503 with Retry-After when too many hashes wait, and recovers', async () => {
    await stopPasswordHashing(); // an idle pool, whatever the tests before left running
    const flood = Array.from({ length: PASSWORD_WORKERS + MAX_WAITING_HASHES + 3 }, (_, i) =>
      hashPassword(`flood ${i}`).then(
        () => 'hashed',
        (error: { getStatus?: () => number; headers?: Record<string, string> }) =>
          `${error.getStatus?.()} ${error.headers?.['Retry-After']}`,
      ),
    );
    const outcomes = await Promise.all(flood);
    expect(outcomes.filter((outcome) => outcome === 'hashed')).toHaveLength(
      PASSWORD_WORKERS + MAX_WAITING_HASHES,
    );
    expect(outcomes.filter((outcome) => outcome === '503 2')).toHaveLength(3);
    await expect(hashPassword('after the flood')).resolves.toMatch(/^\$argon2id\$/);
  }, 30_000);

  it('finishes accepted hashes before stopping, and starts again on the next one', async () => {
    const accepted = hashPassword('accepted before the stop');
    await stopPasswordHashing();
    await expect(accepted).resolves.toMatch(/^\$argon2id\$/);
    await expect(hashPassword('restarted')).resolves.toMatch(/^\$argon2id\$/);
  });
});
