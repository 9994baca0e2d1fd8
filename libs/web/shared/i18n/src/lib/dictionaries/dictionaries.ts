import type { Lang } from '../lang';
import { auth } from './auth.i18n';
import { common } from './common.i18n';
import { domain } from './domain.i18n';
import { initiatives } from './initiatives.i18n';
import { invitations } from './invitations.i18n';
import { members } from './members.i18n';

const de = {
  ...common.de,
  ...domain.de,
  ...auth.de,
  ...initiatives.de,
  ...members.de,
  ...invitations.de,
};

/** Every text of the UI has a key; German is the source of truth for which keys exist. */
export type TranslationKey = keyof typeof de;
export type TranslationParams = Record<string, string | number>;
export type Dictionary = Record<TranslationKey, string>;

const en: Dictionary = {
  ...common.en,
  ...domain.en,
  ...auth.en,
  ...initiatives.en,
  ...members.en,
  ...invitations.en,
};

export const DICTIONARIES: Record<Lang, Dictionary> = { de, en };
