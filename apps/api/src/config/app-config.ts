import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, type EnvironmentVariables, type LogLevel } from './environment';

/** The resolved configuration the app runs with. */
export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  jwtSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: LogLevel;
  demoSeed: boolean;
  production: boolean;
  publicUrl: string;
  trustProxy: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export function resolveConfig(env: EnvironmentVariables): AppConfig {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(env.DATA_DIR);
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir,
    jwtSecret: env.JWT_SECRET ?? generatedJwtSecret(dataDir, production),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    logLevel: env.LOG_LEVEL,
    demoSeed: env.DEMO_SEED && !production,
    production,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    trustProxy: env.TRUST_PROXY,
  };
}

/**
 * Without JWT_SECRET, a secret is generated once and kept in DATA_DIR, so that a restart keeps
 * everyone logged in. In production that is refused: instances on other machines would not share
 * it, and losing the folder would silently log everyone out.
 */
function generatedJwtSecret(dataDir: string, production: boolean): string {
  if (production) {
    throw new ConfigError(
      'JWT_SECRET is not set. With NODE_ENV=production the app needs a secret of at least 32 characters ' +
        'that every API instance shares (e.g. `openssl rand -base64 48`); it refuses to generate one.',
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'jwt-secret');
  try {
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}
