import type { CollectionFrequency } from '@gw/shared/contracts';
import type { I18nService } from '@gw/web/shared/i18n';

/**
 * A reporting period as people say it: `2026-Q4` → „4. Quartal 2026“, `2026-11` → „November
 * 2026“, `2026-H2` → „2. Halbjahr 2026“, `2026` → „2026“. An unknown key is shown as it is.
 */
export function periodLabel(
  period: string,
  frequency: CollectionFrequency,
  i18n: I18nService,
): string {
  const match = /^(\d{4})(?:-(Q|H)?(\d{1,2}))?$/.exec(period);
  if (!match) return period;
  const [, year, kind, index] = match;
  if (frequency === 'yearly' || !index) return year ?? period;
  if (frequency === 'monthly' && !kind) {
    const month = new Date(Number(year), Number(index) - 1, 15);
    return new Intl.DateTimeFormat(i18n.locale(), { month: 'long', year: 'numeric' }).format(month);
  }
  if (kind === 'Q')
    return i18n.t('indicators.period.quarter', { n: Number(index), year: year ?? '' });
  if (kind === 'H') return i18n.t('indicators.period.half', { n: Number(index), year: year ?? '' });
  return period;
}
