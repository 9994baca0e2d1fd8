import type { FieldError } from '@gw/shared/contracts';

/** U+0000, which PostgreSQL refuses in text columns. */
const NUL = '\u0000';
/**
 * A surrogate that is not half of a pair: no Unicode text at all. encodeURIComponent throws on
 * it, and UTF-8 encoders silently turn it into U+FFFD, so what is stored is not what was sent.
 */
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;

interface Node {
  value: unknown;
  key: string;
  parent?: Node;
}

function isWalkable(value: unknown): value is Record<string, unknown> | unknown[] {
  // An uploaded file arrives as a Buffer: bytes, not text. Parsed query strings have a
  // prototype of their own (fast-querystring), so only the Buffer is left out by its kind.
  return typeof value === 'object' && value !== null && !ArrayBuffer.isView(value);
}

function problemWith(text: string): { message: string; code: string } | undefined {
  if (text.includes(NUL)) {
    return { message: 'must not contain the character U+0000', code: 'nul_character' };
  }
  if (LONE_SURROGATE.test(text)) {
    return {
      message: 'must not contain a lone surrogate (not valid Unicode)',
      code: 'lone_surrogate',
    };
  }
  return undefined;
}

/** The dotted path, with the offending characters of a key shown as U+FFFD. */
function pathOf(node: Node): string {
  const keys: string[] = [];
  for (let at: Node | undefined = node; at; at = at.parent) {
    if (at.key) keys.push(at.key.replaceAll(NUL, '\uFFFD').replace(LONE_SURROGATES, '\uFFFD'));
  }
  return keys.reverse().join('.');
}

/**
 * The first string (value or key) in a request's body, query or path parameter that holds U+0000
 * or a lone surrogate, as a field error with its dotted path (`region.districts.0`). `rootKey`
 * prefixes the path (`@Param('id')`); `rootName` names a bad value that has no path (a body
 * that is one string). Walks with its own stack rather than recursion, so no input can overflow
 * the call stack.
 */
export function findUnsafeText(
  value: unknown,
  rootKey: string,
  rootName: string,
): FieldError | undefined {
  const stack: Node[] = [{ value, key: rootKey }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (typeof node.value === 'string') {
      const problem = problemWith(node.value);
      if (problem) return fieldError(pathOf(node) || rootName, problem);
    } else if (isWalkable(node.value)) {
      // Pushed in reverse, so that the first field in the request is looked at first.
      for (const [key, childValue] of Object.entries(node.value).reverse()) {
        const child: Node = { value: childValue, key, parent: node };
        const problem = problemWith(key);
        if (problem) return fieldError(pathOf(child), problem);
        stack.push(child);
      }
    }
  }
  return undefined;
}

function fieldError(field: string, problem: { message: string; code: string }): FieldError {
  const name = field.slice(field.lastIndexOf('.') + 1);
  return { field, message: `${name} ${problem.message}`, code: problem.code };
}
