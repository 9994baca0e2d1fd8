import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { NestPinoLogger } from '../common/logging/logger';
import { RequestLogController } from '../common/logging/request-log.controller';
import { answerKnownBlocks } from '../common/throttle/rate-limit.guard';
import { RateLimitService } from '../common/throttle/rate-limit.service';
import { registerUploadParsers } from '../common/upload/upload';
import { registerJsonParser } from '../common/validation/json-body-parser';
import type { AppConfig } from '../config/app-config';
import { AppModule } from '../app.module';
import { setupOpenApi } from './openapi';
import { addSecurityHeaders } from './security-headers';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api/v1';
const BODY_LIMIT_BYTES = 1024 * 1024;

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  /** The built web app (dist/apps/web/browser); served on the same port when given. */
  webRoot?: string;
}

/** Builds the whole application: the same code path for `npm start`, the tests and the bench. */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const { config, logger } = options;
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new RequestLogController(),
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    requestIdHeader: false,
    genReqId: requestId,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(options),
    adapter,
    {
      logger: new NestPinoLogger(logger),
      abortOnError: false,
      // Nest's own JSON and form parsers would replace the bounded JSON parser registered below.
      bodyParser: false,
    },
  );
  app.setGlobalPrefix(API_PREFIX);
  // No enableShutdownHooks(): main.ts handles SIGTERM/SIGINT, closing the app before the database.

  const fastify = app.getHttpAdapter().getInstance();
  // Anything but JSON gets 415 instead of reaching validation as a string.
  fastify.removeContentTypeParser(['text/plain']);
  registerJsonParser(fastify);
  // CSV and XLSX files, only for the routes marked @AcceptsUpload() (the actor table import).
  registerUploadParsers(fastify);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  answerKnownBlocks(fastify, app.get(RateLimitService));
  addSecurityHeaders(fastify);
  setupOpenApi(app);
  if (options.webRoot) await serveWebApp(app, options.webRoot);
  await app.init();
  return app;
}

/** Keeps a caller's (or load balancer's) request id when it looks sane, else makes one. */
function requestId(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
}
