import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import type { Logger } from 'pino';
import { EmbeddedSupervisor } from './embedded-supervisor';

/** A stand-in for PostgreSQL's process: it "ends" when the test says so. */
function fakeServer(): ChildProcess & { end(): void } {
  const server = Object.assign(new EventEmitter(), {
    exitCode: null as number | null,
    signalCode: null,
    end() {
      server.exitCode = 1;
      server.emit('exit', 1, null);
    },
  });
  return server as unknown as ChildProcess & { end(): void };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('EmbeddedSupervisor', () => {
  const logger = { warn: jest.fn(), error: jest.fn() } as unknown as Logger;
  const options = {
    recentOutput: () => 'FATAL: could not open file',
    databaseDir: '/data/postgres',
    logger,
    delaysMs: [10, 20],
  };

  it('restarts a server that ended, and stops the new one on stop()', async () => {
    const first = fakeServer();
    const second = fakeServer();
    const start = jest.fn().mockResolvedValue(second);
    const stop = jest.fn().mockResolvedValue(undefined);
    const supervisor = new EmbeddedSupervisor(first, { ...options, start, stop });

    first.end();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(start).toHaveBeenCalledTimes(1);

    await supervisor.stop();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('gives up after the last try and says at error level what to do', async () => {
    const server = fakeServer();
    const start = jest.fn().mockRejectedValue(new Error('PostgreSQL did not start'));
    const supervisor = new EmbeddedSupervisor(server, { ...options, start, stop: jest.fn() });

    server.end();
    await new Promise((resolve) => setTimeout(resolve, 60));
    await flush();
    expect(start).toHaveBeenCalledTimes(2);
    expect(logger.error).toHaveBeenLastCalledWith(
      { databaseDir: '/data/postgres', postgresOutput: 'FATAL: could not open file' },
      expect.stringMatching(/could not be restarted \(2 tries\).*503.*restart the API/s),
    );
    await supervisor.stop();
  });

  it('does not restart a server that it stopped itself', async () => {
    const server = fakeServer();
    const start = jest.fn();
    const supervisor = new EmbeddedSupervisor(server, {
      ...options,
      start,
      stop: async () => server.end(),
    });
    await supervisor.stop();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(start).not.toHaveBeenCalled();
  });
});
