import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

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
