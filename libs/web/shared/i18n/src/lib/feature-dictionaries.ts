import type { Lang } from './lang';

/**
 * The dictionaries of the features, by name. Empty here: each feature library adds its own, next
 * to its texts, so that shared/i18n knows the keys of every feature without importing one:
 *
 * ```ts
 * declare module '@gw/web/shared/i18n' {
 *   interface FeatureDictionaries {
 *     reports: typeof reports;
 *   }
 * }
 * ```
 *
 * Every library that is compiled together with a feature (the app, the feature itself) then checks
 * that feature's keys in `t()` and `| t`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface FeatureDictionaries {}

/** The keys of every feature dictionary registered in `FeatureDictionaries`. */
export type FeatureKey = {
  [Feature in keyof FeatureDictionaries]: FeatureDictionaries[Feature] extends { de: infer De }
    ? keyof De & string
    : never;
}[keyof FeatureDictionaries];

/** One feature's texts in both languages, as `translations()` makes them. */
export type FeatureTexts = Record<Lang, Readonly<Record<string, string>>>;
