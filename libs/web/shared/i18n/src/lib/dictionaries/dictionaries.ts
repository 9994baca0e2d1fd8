import type { Lang } from '../lang';
import type { actors } from './actors.i18n';
import type { agreement } from './agreement.i18n';
import type { baselines } from './baselines.i18n';
import { auth } from './auth.i18n';
import { common } from './common.i18n';
import type { dashboard } from './dashboard.i18n';
import { domain } from './domain.i18n';
import type { indicators } from './indicators.i18n';
import { initiatives } from './initiatives.i18n';
import type { invitations } from './invitations.i18n';
import type { measurements } from './measurements.i18n';
import type { measures } from './measures.i18n';
import type { members } from './members.i18n';
import type { phases } from './phases.i18n';
import type { reports } from './reports.i18n';
import type { sharedGoal } from './shared-goal.i18n';
import type { verification } from './verification.i18n';
import type { workingGroups } from './working-groups.i18n';

/** The texts the shell and the first pages need: part of the initial bundle. */
const de = {
  ...common.de,
  ...domain.de,
  ...auth.de,
  ...initiatives.de,
};

type CoreKey = keyof typeof de;

/**
 * The texts of larger features travel in lazy chunks and are loaded with their routes
 * (`featureTexts`); only their keys are known here, for the type.
 */
type FeatureKey =
  | keyof (typeof phases)['de']
  | keyof (typeof actors)['de']
  | keyof (typeof sharedGoal)['de']
  | keyof (typeof agreement)['de']
  | keyof (typeof verification)['de']
  | keyof (typeof workingGroups)['de']
  | keyof (typeof measures)['de']
  | keyof (typeof indicators)['de']
  | keyof (typeof baselines)['de']
  | keyof (typeof measurements)['de']
  | keyof (typeof dashboard)['de']
  | keyof (typeof reports)['de']
  | keyof (typeof members)['de']
  | keyof (typeof invitations)['de'];

/** Every text of the UI has a key; German is the source of truth for which keys exist. */
export type TranslationKey = CoreKey | FeatureKey;
export type TranslationParams = Record<string, string | number>;
export type Dictionary = Partial<Record<TranslationKey, string>>;

/** One feature's texts in both languages, as `translations()` makes them. */
export type FeatureTexts = Record<Lang, Partial<Record<FeatureKey, string>>>;

const en: Record<CoreKey, string> = {
  ...common.en,
  ...domain.en,
  ...auth.en,
  ...initiatives.en,
};

export const DICTIONARIES: Record<Lang, Dictionary> = { de, en };
