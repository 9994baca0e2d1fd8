import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { notFound } from '../common/problem/problem.exception';
import { toProblem } from '../common/problem/problem-details.filter';

/**
 * Angular names built files `name-HASH.ext`; those never change and are cached for a year, also
 * as the `.br` or `.gz` sent in their place.
 */
const HASHED_FILE = /-[A-Z0-9]{8,}\.(js|css|woff2?|ttf)(\.br|\.gz)?$/;

/**
 * Serves the built Angular app on the API's port: its files as they are, and index.html for
 * every other GET outside /api, so that deep links work. The web build writes a brotli and a
 * gzip copy beside each text file (tools/scripts/precompress.mjs); the browser gets the one its
 * Accept-Encoding asks for, or the original when there is none.
 */
export async function serveWebApp(app: NestFastifyApplication, root: string): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) {
    app
      .getHttpAdapter()
      .getInstance()
      .log.warn({ root }, 'web app not built; serving the API only');
    return;
  }
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    cacheControl: false,
    preCompressed: true,
    // The compressed copies are sent in place of their originals, never under their own names.
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders: (reply, path) => {
      void reply.header(
        'cache-control',
        HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  fastify.get('/*', (request, reply) => {
    if (request.url === '/api' || request.url.startsWith('/api/')) {
      const { problem } = toProblem(notFound(`${request.method} ${request.url.split('?')[0]}`));
      return reply.status(404).type('application/problem+json').send(problem);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
