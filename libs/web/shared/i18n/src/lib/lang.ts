/** The languages of the UI; the first is the default. */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The locale used to format dates and numbers per language. */
export const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
