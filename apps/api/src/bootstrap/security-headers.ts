import type { FastifyInstance } from 'fastify';

const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Angular Material sets inline styles at runtime.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Conservative headers on every answer; the CSP only where the web app is served. */
export function addSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('x-frame-options', 'DENY');
    if (!request.url.startsWith('/api/')) void reply.header('content-security-policy', WEB_APP_CSP);
    done(null, payload);
  });
}
