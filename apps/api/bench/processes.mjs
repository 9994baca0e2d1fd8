// Child processes of the bench: start with output into a log file, wait until they answer, stop
// them (SIGTERM, then SIGKILL), and read their peak memory.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A failure the bench explains itself: printed without a stack trace. */
export class BenchError extends Error {}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node ...args` with stdout and stderr going to `logFile`, never to the console. */
export function startNode(name, args, { env, cwd, logFile }) {
  const fd = openSync(logFile, 'w');
  let child;
  try {
    child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', fd, fd] });
  } finally {
    closeSync(fd);
  }
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
  });
  return { name, child, pid: child.pid, logFile, exited };
}

export function hasExited(proc) {
  return proc.child.exitCode !== null || proc.child.signalCode !== null;
}

/** Polls `url` until it answers 2xx; fails early (with the log's tail) if the process exits. */
export async function waitUntilReady(proc, url, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(proc)) {
      const { code, signal } = await proc.exited;
      throw new BenchError(
        `${proc.name} exited (code ${code}, signal ${signal}) before it answered ${url}.\n` +
          `Last lines of ${proc.logFile}:\n${logTail(proc.logFile)}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new BenchError(
    `${proc.name} did not answer ${url} within ${timeoutMs / 1000} s.\n` +
      `Last lines of ${proc.logFile}:\n${logTail(proc.logFile)}`,
  );
}

/** SIGTERM (so that the API shuts down cleanly and --cpu-prof gets written), SIGKILL if stuck. */
export async function stopProcess(proc, timeoutMs = 15_000) {
  if (!proc || hasExited(proc)) return;
  proc.child.kill('SIGTERM');
  const stopped = await Promise.race([proc.exited.then(() => true), sleep(timeoutMs, false)]);
  if (!stopped && !hasExited(proc)) {
    proc.child.kill('SIGKILL');
    await proc.exited;
  }
}

/** Peak resident set size (VmHWM) of a running process in bytes; undefined where /proc is absent. */
export function peakRss(pid) {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return undefined;
  const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(file, 'utf8'));
  return match ? Number(match[1]) * 1024 : undefined;
}

export function logTail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
