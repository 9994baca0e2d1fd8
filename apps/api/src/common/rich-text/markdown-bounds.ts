/**
 * marked spends, at each character that may start inline syntax (an emphasis delimiter, a
 * bracket, even an escaped one), a scan of the rest of the paragraph. Ordinary prose has a few
 * such characters per paragraph; text built from nothing else (`*a_*a_…`, `\[\[…`) costs
 * seconds per 50,000 characters. Above a generous number per paragraph, that syntax is given up
 * and the characters read as written, which costs linear time.
 */

/** Inline syntax never spans a blank line, so these chunks contain every paragraph whole. */
const BLANK_LINE = /(\n[ \t]*\n)/;

/** A character class of `characters`, after an escape pair (`\[`) so that pairs match first. */
const escapeOr = (characters: string) =>
  new RegExp(`\\\\[\\s\\S]|[${characters.replace(/[\\\]^-]/g, '\\$&')}]`, 'g');

/** Whether `text` holds more than `limit` of `characters`, escaped ones included. */
export function isDense(text: string, characters: string, limit: number): boolean {
  let count = 0;
  for (const character of text) {
    if (characters.includes(character) && ++count > limit) return true;
  }
  return false;
}

/**
 * Escapes the unescaped `characters` of each blank-line-separated chunk that holds more than
 * `limit` of them. The result passes through again unchanged.
 */
export function escapeWhereDense(text: string, characters: string, limit: number): string {
  const live = escapeOr(characters);
  return text
    .split(BLANK_LINE)
    .map((chunk) =>
      isDense(chunk, characters, limit)
        ? chunk.replace(live, (match) => (match.length === 1 ? `\\${match}` : match))
        : chunk,
    )
    .join('');
}

/** Whether `text` holds one of `characters` that no backslash escapes. */
export function hasUnescaped(text: string, characters: string): boolean {
  for (const match of text.matchAll(escapeOr(characters))) {
    if (match[0].length === 1) return true;
  }
  return false;
}

/**
 * Inline text whose `characters` and escapes are written as character references (`&#42;`),
 * which Markdown shows as the character and never reads as syntax.
 */
export function asCharacterReferences(text: string, characters: string): string {
  return text.replace(escapeOr(characters), (match) => {
    const character = match.length === 1 ? match : match.slice(1);
    return /[!-/:-@[-`{-~]/.test(character) ? `&#${character.charCodeAt(0)};` : match;
  });
}
