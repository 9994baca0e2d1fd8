import type { Server, ServerResponse } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';

/**
 * Prepares the app for a graceful stop and returns the function that performs it: stop accepting
 * connections, let the requests in flight finish (up to `timeoutMs`, then cut the connections
 * that remain), then close the app (the pool last; see the Nest lifecycle hooks).
 *
 * Node's server.close() ends only idle keep-alive connections; one whose request is in flight
 * would stay open after its answer until its keep-alive timeout (72 s) and hold the close up.
 * Those answers are therefore sent with `Connection: close`. Requests arriving on such a
 * connection meanwhile get Fastify's 503 (return503OnClosing), which clients may retry elsewhere.
 */
export function prepareGracefulShutdown(
  app: NestFastifyApplication,
  logger: Logger,
): (timeoutMs: number) => Promise<void> {
  const server = app.getHttpServer() as Server;
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  server.on('request', (_request, response: ServerResponse) => {
    if (closing) response.shouldKeepAlive = false;
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });

  return async (timeoutMs) => {
    closing = true;
    for (const response of inFlight) response.shouldKeepAlive = false;
    const timer = setTimeout(() => {
      logger.warn(
        { requests: inFlight.size, timeoutMs },
        'requests still in flight at the shutdown timeout are cut off',
      );
      server.closeAllConnections();
    }, timeoutMs);
    try {
      await app.close();
    } finally {
      clearTimeout(timer);
    }
  };
}
