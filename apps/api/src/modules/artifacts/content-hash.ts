import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level and no white space: one text per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The SHA-256 (hex) of a version's canonical content. The artifact and the version number are
 * part of what is hashed, so that two versions with the same text still have different hashes
 * and a hash names exactly one version.
 */
export function contentHash(input: {
  artifactId: string;
  kind: string;
  number: number;
  content: unknown;
}): string {
  return createHash('sha256').update(canonicalJson(input), 'utf8').digest('hex');
}
