import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidateBy } from 'class-validator';

const LIST_FILE = 'common-passwords.txt';

/**
 * The 10,000 most common passwords, lower case (see the header of the file). The build copies
 * the file next to the bundle; run from source (tests), it is read from src/assets.
 */
let commonPasswords: Set<string> | undefined;
function loadCommonPasswords(): Set<string> {
  if (!commonPasswords) {
    const bundled = join(__dirname, 'assets', LIST_FILE);
    const file = existsSync(bundled) ? bundled : join(__dirname, '..', '..', 'assets', LIST_FILE);
    const lines = readFileSync(file, 'utf8').split('\n');
    commonPasswords = new Set(lines.filter((line) => line !== '' && !line.startsWith('#')));
  }
  return commonPasswords;
}

export type PasswordWeakness = 'blank' | 'repeated' | 'common';

/** Why a password is too easy to guess, or null; the length is checked on its own. */
export function passwordWeakness(password: string): PasswordWeakness | null {
  if (password.trim() === '') return 'blank';
  if (new Set(password).size === 1) return 'repeated';
  if (loadCommonPasswords().has(password.toLowerCase())) return 'common';
  return null;
}

const MESSAGES: Record<PasswordWeakness, string> = {
  blank: 'must not consist of spaces only',
  repeated: 'must not be one character repeated',
  common: 'is too common; choose a less common one',
};

/**
 * For every field that sets a password (not for login: existing passwords must keep working).
 * Rejects passwords of spaces only, of one repeated character and the 10,000 most common ones,
 * whatever their case.
 */
export const IsStrongPassword = () =>
  ValidateBy({
    name: 'isStrongPassword',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && !passwordWeakness(value),
      defaultMessage: (args) => {
        const weakness = typeof args?.value === 'string' ? passwordWeakness(args.value) : null;
        return `${args?.property ?? 'password'} ${MESSAGES[weakness ?? 'common']}`;
      },
    },
  });
