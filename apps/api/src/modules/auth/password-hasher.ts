import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IArgon2Options } from 'hash-wasm';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../../common/problem/problem.exception';
import { PASSWORD_WORKER_SOURCE } from './password-hasher.worker';

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
} as const satisfies Partial<IArgon2Options>;

/**
 * One hash takes 50–120 ms of CPU, which on the event loop stalls every other request, so
 * hashing runs in worker threads: at most two, leaving a core to the event loop where the
 * machine has more than one.
 */
export const PASSWORD_WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));
/**
 * Hashes waiting for a worker, beyond those running. About 4 s of work for one worker: a flood
 * beyond it gets 503 with Retry-After at once rather than growing memory and everyone's wait.
 */
export const MAX_WAITING_HASHES = 32;
const RETRY_AFTER_SECONDS = 2;

type Job = { kind: 'hash'; password: string } | { kind: 'verify'; password: string; hash: string };

interface Task {
  id: number;
  job: Job;
  resolve: (result: string | boolean) => void;
  reject: (error: Error) => void;
}

interface Answer {
  id: number;
  result?: string | boolean;
  error?: string;
}

interface Slot {
  worker: Worker;
  task?: Task;
}

const slots: Slot[] = [];
const waiting: Task[] = [];
const pending = new Set<Promise<unknown>>();
let nextId = 0;

export function hashPassword(password: string): Promise<string> {
  return run({ kind: 'hash', password }) as Promise<string>;
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return run({ kind: 'verify', password, hash }) as Promise<boolean>;
}

/**
 * Lets the accepted hashes finish (Nest destroys modules before the HTTP server stops answering),
 * then stops the workers; the next hash starts them again.
 */
export async function stopPasswordHashing(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled(pending);
  await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
}

function run(job: Job): Promise<string | boolean> {
  const result = new Promise<string | boolean>((resolve, reject) => {
    const task: Task = { id: nextId++, job, resolve, reject };
    const slot =
      slots.find((candidate) => !candidate.task) ??
      (slots.length < PASSWORD_WORKERS ? startWorker() : undefined);
    if (slot) return assign(slot, task);
    if (waiting.length >= MAX_WAITING_HASHES) return reject(busy());
    waiting.push(task);
  });
  pending.add(result);
  const forget = () => pending.delete(result);
  result.then(forget, forget);
  return result;
}

function startWorker(): Slot {
  const worker = new Worker(PASSWORD_WORKER_SOURCE, {
    eval: true,
    workerData: { hashWasm: hashWasmPath(), parameters: ARGON2_PARAMETERS, niceness: 19 },
  });
  const slot: Slot = { worker };
  worker.on('message', (answer: Answer) => settle(slot, answer));
  // A worker that dies (out of memory, a bug) fails its task and leaves room for a new one.
  worker.on('error', (error) => retire(slot, error));
  worker.on('exit', (code) => retire(slot, new Error(`A password worker exited (${code}).`)));
  slots.push(slot);
  return slot;
}

function assign(slot: Slot, task: Task): void {
  slot.task = task;
  // Referenced only while busy: an idle pool never keeps the process alive, a pending hash does.
  slot.worker.ref();
  slot.worker.postMessage({ id: task.id, ...task.job });
}

function settle(slot: Slot, answer: Answer): void {
  const task = slot.task;
  if (!task || task.id !== answer.id) return;
  slot.task = undefined;
  if (answer.error === undefined) task.resolve(answer.result as string | boolean);
  else task.reject(new Error(answer.error));
  const next = waiting.shift();
  if (next) assign(slot, next);
  else slot.worker.unref();
}

function retire(slot: Slot, error: Error): void {
  const index = slots.indexOf(slot);
  if (index === -1) return;
  slots.splice(index, 1);
  slot.task?.reject(error);
  const next = waiting.shift();
  if (next) assign(startWorker(), next);
}

function busy(): ProblemException {
  return new ProblemException(503, 'The server is busy. Try again in a moment.', {
    type: PROBLEM_TYPES.unavailable,
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  });
}

let hashWasm: string | undefined;
/** hash-wasm's entry file, found from this file as the bundle or the test run sees it. */
function hashWasmPath(): string {
  hashWasm ??= createRequire(__filename).resolve('hash-wasm');
  return hashWasm;
}
