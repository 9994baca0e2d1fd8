import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap/create-app';
import { createLogger } from '../../src/common/logging/logger';
import type { AppConfig } from '../../src/config/app-config';
import { ApiClient } from './api-client';
import { createTestDatabase, databaseUrl, dropTestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface TestApp {
  app: NestFastifyApplication;
  api: ApiClient;
  baseUrl: string;
  dataSource: DataSource;
  databaseName: string;
  /** Every log line the app wrote, as raw JSON text. */
  logs: string[];
  close(): Promise<void>;
}

/** The whole application over real HTTP, on its own fresh database. */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  options: { webRoot?: string } = {},
): Promise<TestApp> {
  const databaseName = await createTestDatabase();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString());
      callback();
    },
  });
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: databaseUrl(databaseName),
    dataDir: '/nonexistent',
    jwtSecret: TEST_JWT_SECRET,
    smtpUrl: undefined,
    mailFrom: 'test@example.org',
    logLevel: 'info',
    demoSeed: false,
    production: false,
    publicUrl: 'http://localhost:4200',
    // Lets each test pose as its own client IP through X-Forwarded-For (login throttling).
    trustProxy: true,
    ...overrides,
  };
  const app = await createApp({
    config,
    databaseUrl: databaseUrl(databaseName),
    logger: createLogger('info', sink),
    webRoot: options.webRoot,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    api: new ApiClient(baseUrl),
    baseUrl,
    dataSource: app.get(DataSource),
    databaseName,
    logs,
    close: async () => {
      await app.close();
      await dropTestDatabase(databaseName);
    },
  };
}
