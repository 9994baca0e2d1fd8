import type { FastifyInstance } from 'fastify';
import { invalidField } from './field-problem';

/** Deeper than any request body the API takes (those nest four levels at most). */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Whether the JSON text nests objects and arrays deeper than `maxDepth`, found by one pass over
 * the raw text: class-transformer and class-validator walk a parsed body recursively, and a
 * body nested 100,000 levels deep (200 KB) overflows their stack. Brackets inside strings do
 * not count; malformed text is left for JSON.parse to refuse.
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > maxDepth) return true;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/**
 * Replaces Fastify's JSON parser with one that refuses too deeply nested bodies before parsing,
 * then parses with Fastify's own parser, which keeps secure-json-parse's protection against
 * `__proto__` and `constructor.prototype` keys.
 */
export function registerJsonParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (request, body: string, done) => {
      if (exceedsJsonDepth(body, MAX_JSON_DEPTH)) {
        done(
          invalidField(
            'body',
            `body must not nest objects and arrays more than ${MAX_JSON_DEPTH} levels deep`,
            'too_deep',
          ),
          undefined,
        );
        return;
      }
      void parseJson(request, body, done);
    },
  );
}
