import type { FastifyInstance } from 'fastify';

/** For the web app and the API docs (Swagger UI): both load only their own files. */
const HTML_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Angular Material and Swagger UI set inline styles at runtime; Swagger UI's page has some too.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Powerful browser features the app never uses, off for the page and anything it embeds. */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Conservative headers on every answer. API answers carry personal data and are never stored by
 * browsers or proxies (`no-store`), except the API docs, which are the same for everyone. The
 * CSP goes on HTML only: the web app outside /api and Swagger UI at /api/docs.
 */
export function addSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const path = request.url.split('?')[0] ?? '';
    const api = isUnder(path, '/api');
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('permissions-policy', PERMISSIONS_POLICY);
    // Left to be cached: Swagger UI's page and files and the OpenAPI document (docs-json, -yaml).
    if (api && !path.startsWith('/api/docs')) void reply.header('cache-control', 'no-store');
    if (!api || isUnder(path, '/api/docs')) void reply.header('content-security-policy', HTML_CSP);
    done(null, payload);
  });
}
