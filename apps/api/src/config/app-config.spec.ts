import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, readEnvironment } from './environment';
import { resolveConfig } from './app-config';

describe('configuration', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gw-config-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('has working defaults for a local start', () => {
    const config = resolveConfig(readEnvironment({ DATA_DIR: dataDir }));
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      logLevel: 'info',
      demoSeed: true,
      production: false,
      publicUrl: 'http://localhost:3000',
    });
  });

  it('listens on the address given in HOST', () => {
    expect(resolveConfig(readEnvironment({ DATA_DIR: dataDir, HOST: '0.0.0.0' })).host).toBe(
      '0.0.0.0',
    );
  });

  it('generates a JWT secret once and keeps it in DATA_DIR across restarts', () => {
    const first = resolveConfig(readEnvironment({ DATA_DIR: dataDir })).jwtSecret;
    const second = resolveConfig(readEnvironment({ DATA_DIR: dataDir })).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(second).toBe(first);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(first);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('refuses to start in production without JWT_SECRET and says why', () => {
    expect(() =>
      resolveConfig(readEnvironment({ DATA_DIR: dataDir, NODE_ENV: 'production' })),
    ).toThrow(/JWT_SECRET is not set.*NODE_ENV=production/s);
  });

  it('never seeds demo data in production', () => {
    const config = resolveConfig(
      readEnvironment({
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        JWT_SECRET: 'a'.repeat(40),
        DEMO_SEED: 'true',
      }),
    );
    expect(config.demoSeed).toBe(false);
  });

  it('turns the demo seed off with DEMO_SEED=false', () => {
    expect(resolveConfig(readEnvironment({ DATA_DIR: dataDir, DEMO_SEED: 'false' })).demoSeed).toBe(
      false,
    );
  });

  it('reports every invalid variable at once', () => {
    try {
      readEnvironment({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'loud',
        JWT_SECRET: 'short',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('LOG_LEVEL');
      expect(message).toContain('JWT_SECRET');
    }
  });
});
