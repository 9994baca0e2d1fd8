import { periodKeyParts } from '@gw/shared/contracts';
import type { I18nService, TranslationKey } from '@gw/web/shared/i18n';

type PrefixOf<K> = K extends `${infer P}.quarter` ? P : never;

/** A prefix of the dictionaries with `<prefix>.quarter` and `<prefix>.half` („{n}. Quartal {year}“). */
export type PeriodTextsPrefix = {
  [P in PrefixOf<TranslationKey>]: `${P}.half` extends TranslationKey ? P : never;
}[PrefixOf<TranslationKey>];

/**
 * A reporting period as people say it: `2026-Q4` → „4. Quartal 2026“, `2026-H2` → „2. Halbjahr
 * 2026“, `2026-11` → „November 2026“, `2026` → „2026“. An unknown key is shown as it is. The
 * quarter and half-year texts are the feature's (`texts`), loaded with its route.
 */
export function formatPeriod(period: string, i18n: I18nService, texts: PeriodTextsPrefix): string {
  const parts = periodKeyParts(period);
  if (!parts) return period;
  if (parts.kind === 'year') return String(parts.year);
  const { n, year } = parts;
  if (parts.kind === 'quarter') return i18n.t(`${texts}.quarter` as TranslationKey, { n, year });
  if (parts.kind === 'half') return i18n.t(`${texts}.half` as TranslationKey, { n, year });
  const month = new Date(year, n - 1, 15);
  return new Intl.DateTimeFormat(i18n.locale(), { month: 'long', year: 'numeric' }).format(month);
}
