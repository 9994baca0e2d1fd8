import type { ChildProcess } from 'node:child_process';
import type { Logger } from 'pino';

/** Waits before each restart; the first gives the dead server's backends time to exit. */
export const RESTART_DELAYS_MS = [1_000, 2_000, 4_000, 8_000] as const;

export interface SupervisorOptions {
  /** Starts the server; resolves with its process once it accepts connections. */
  start(): Promise<ChildProcess>;
  /** Stops the running server. */
  stop(): Promise<void>;
  /** PostgreSQL's last output lines, for the message when it cannot be restarted. */
  recentOutput(): string;
  databaseDir: string;
  logger: Logger;
  delaysMs?: readonly number[];
}

/**
 * Restarts the embedded PostgreSQL when its process ends while the API runs (killed, crashed).
 * Meanwhile requests answer 503; once it is back, the pool opens new connections by itself. After
 * the last try it says at error level what to do, and the API keeps answering 503.
 */
export class EmbeddedSupervisor {
  private server: ChildProcess;
  private stopping = false;
  private restarting: Promise<void> = Promise.resolve();
  private wake: () => void = () => undefined;

  constructor(
    server: ChildProcess,
    private readonly options: SupervisorOptions,
  ) {
    this.server = server;
    this.watch(server);
  }

  /** Stops the server for good (no restart), also while a restart is under way. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.restarting;
    if (this.server.exitCode === null && this.server.signalCode === null) {
      await this.options.stop();
    }
  }

  private watch(server: ChildProcess): void {
    this.server = server;
    server.once('exit', (code, signal) => {
      if (this.stopping) return;
      this.options.logger.error(
        { code, signal },
        'the embedded PostgreSQL ended unexpectedly; requests answer 503 while it is restarted',
      );
      this.restarting = this.restart();
    });
  }

  private async restart(): Promise<void> {
    const { logger, delaysMs = RESTART_DELAYS_MS } = this.options;
    for (const [index, delay] of delaysMs.entries()) {
      await this.sleep(delay);
      if (this.stopping) return;
      try {
        this.watch(await this.options.start());
        logger.warn({ attempt: index + 1 }, 'the embedded PostgreSQL was restarted');
        return;
      } catch (error) {
        logger.warn(
          { attempt: index + 1, err: error instanceof Error ? error.message : String(error) },
          'restarting the embedded PostgreSQL failed',
        );
      }
    }
    logger.error(
      { databaseDir: this.options.databaseDir, postgresOutput: this.options.recentOutput() },
      `The embedded PostgreSQL could not be restarted (${delaysMs.length} tries); the API answers ` +
        '503 until it is restarted. Read the PostgreSQL output logged here, fix its cause ' +
        '(e.g. a full disk, changed permissions or files in the database folder), then restart ' +
        'the API.',
    );
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
