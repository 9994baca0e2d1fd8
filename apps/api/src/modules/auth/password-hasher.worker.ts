/**
 * The body of a password-hashing worker thread, kept as source text and started with
 * `new Worker(PASSWORD_WORKER_SOURCE, { eval: true })`: the same string runs under the webpack
 * bundle and under Jest's on-the-fly TypeScript, where a separate worker file would need an
 * extra build entry or a TypeScript loader. hash-wasm is required by the absolute path the main
 * thread resolved (`workerData.hashWasm`), since an eval'd worker resolves from the working
 * directory. One task at a time: the pool sends the next only after the answer.
 *
 * The thread lowers its own scheduling priority (Linux: a thread's nice value is its own, and
 * /proc/thread-self names its id): a hash then takes the CPU only when the members' requests, the
 * event loop and PostgreSQL leave it idle, so a flood of logins and registrations slows logins,
 * not everybody else. Where that is not possible, it simply runs at normal priority.
 *
 * Messages in: `{ id, kind: 'hash', password }` or `{ id, kind: 'verify', password, hash }`.
 * Messages out: `{ id, result }` (the PHC string, or the boolean) or `{ id, error }`.
 */
export const PASSWORD_WORKER_SOURCE = `
'use strict';
const { randomBytes } = require('node:crypto');
const { readlinkSync } = require('node:fs');
const { setPriority } = require('node:os');
const { parentPort, workerData } = require('node:worker_threads');
const { argon2id, argon2Verify } = require(workerData.hashWasm);

try {
  const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, workerData.niceness);
} catch {
  // Not Linux, or not allowed: normal priority.
}

parentPort.on('message', async ({ id, kind, password, hash }) => {
  try {
    const result =
      kind === 'hash'
        ? await argon2id({
            password,
            salt: randomBytes(16),
            ...workerData.parameters,
            outputType: 'encoded',
          })
        : await argon2Verify({ password, hash });
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;
