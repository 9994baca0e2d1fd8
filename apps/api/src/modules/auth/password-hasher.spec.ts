import { hashPassword, verifyPassword } from './password-hasher';

describe('password hashing', () => {
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
});
