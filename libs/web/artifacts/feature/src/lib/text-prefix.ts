import type { TranslationKey } from '@gw/web/shared/i18n';

type Candidates<Names extends string> = TranslationKey extends infer Key
  ? Key extends `${infer Prefix}.${Names}`
    ? Prefix
    : never
  : never;

/**
 * A prefix under which the dictionaries hold a text for every one of `Names`
 * (`${prefix}.${name}` is a key for each): lets a shared view speak each kind's words, e.g.
 * `'agreement.diff'` or `'baselines.diff'`, with every key checked when compiling.
 */
export type TextPrefix<Names extends string> = {
  [Prefix in Candidates<Names>]: `${Prefix}.${Names}` extends TranslationKey ? Prefix : never;
}[Candidates<Names>];
