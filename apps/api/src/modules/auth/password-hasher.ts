import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/**
 * argon2id with OWASP's baseline (19 MiB, 2 iterations, 1 lane), in WebAssembly: the native
 * `argon2` package's prebuilt binary crashes the process on some Linux machines, and a hash
 * must never depend on a compiler being present. The encoded form is the standard PHC string.
 */
export const ARGON2_PARAMETERS = {
  memorySize: 19_456,
  iterations: 2,
  parallelism: 1,
  hashLength: 32,
} as const;

export function hashPassword(password: string): Promise<string> {
  return argon2id({ password, salt: randomBytes(16), ...ARGON2_PARAMETERS, outputType: 'encoded' });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2Verify({ password, hash });
}
