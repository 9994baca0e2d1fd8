import type { FeatureKey } from '../feature-dictionaries';
import type { Lang } from '../lang';
import { auth } from './auth.i18n';
import { common } from './common.i18n';
import { domain } from './domain.i18n';
import { initiatives } from './initiatives.i18n';

/** The texts the shell and the first pages need: part of the initial bundle. */
const de = {
  ...common.de,
  ...domain.de,
  ...auth.de,
  ...initiatives.de,
};

type CoreKey = keyof typeof de;

/**
 * Every text of the UI has a key; German is the source of truth for which keys exist. The
 * features' texts travel in lazy chunks, loaded with their routes (`featureTexts`); their keys
 * come from `FeatureDictionaries`.
 */
export type TranslationKey = CoreKey | FeatureKey;
export type TranslationParams = Record<string, string | number>;
export type Dictionary = Partial<Record<TranslationKey, string>>;

const en: Record<CoreKey, string> = {
  ...common.en,
  ...domain.en,
  ...auth.en,
  ...initiatives.en,
};

export const DICTIONARIES: Record<Lang, Dictionary> = { de, en };
