import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/database/embedded-database';

export const API_BUNDLE = join(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'api', 'main.js');

export interface ApiProcess {
  baseUrl: string;
  output: () => string;
  /** The API's process, to signal it. */
  child: ChildProcess;
  /** The exit code once the process has ended (null when a signal ended it). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Runs the built API (`node dist/apps/api/main.js`) as `npm start` does, and waits until it serves. */
export async function startApiProcess(
  env: Record<string, string>,
  port: number,
): Promise<ApiProcess> {
  const child = spawn(process.execPath, [API_BUNDLE], {
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://${env['HOST'] ?? '127.0.0.1'}:${port}`;
  await waitUntilServing(child, baseUrl, () => output);
  return { baseUrl, output: () => output, child, exited, stop: () => stopProcess(child) };
}

/** Runs the API to its end (for commands that are expected to exit). */
export function runApiToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [API_BUNDLE], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function waitUntilServing(child: ChildProcess, baseUrl: string, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`API did not start within 60 s:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Built API processes for one spec file: each started on a free port, trusting X-Forwarded-For
 * (so that clients can pose as addresses of their own, away from the rate limits), all stopped
 * after each test; and a temporary folder for their data, removed after the file.
 */
export function apiProcesses(prefix: string) {
  const running: ApiProcess[] = [];
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), prefix));
    // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
    chmodSync(folder, 0o755);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((api) => api.stop()));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return {
    /** The temporary folder (valid from beforeAll on). */
    dir: () => folder,
    start: async (env: Record<string, string> = {}) => {
      const api = await startApiProcess({ TRUST_PROXY: 'true', ...env }, await freePort());
      running.push(api);
      return api;
    },
  };
}
