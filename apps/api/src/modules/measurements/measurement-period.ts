import type { CollectionFrequency } from '@gw/shared/contracts';
import { type CollectionPeriod, periodByKey } from '../indicators/collection-period';

/** How a period of each frequency is written, for messages and the template's notes. */
export const PERIOD_FORMATS: Record<CollectionFrequency, { format: string; example: string }> = {
  monthly: { format: 'YYYY-MM', example: '2026-11' },
  quarterly: { format: 'YYYY-Qn', example: '2026-Q4' },
  half_yearly: { format: 'YYYY-Hn', example: '2026-H2' },
  yearly: { format: 'YYYY', example: '2026' },
};

const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

/**
 * The period a key names for an indicator of this frequency (`2026-11`, `2026-Q4`, `2026-H2`,
 * `2026`; `q` and `h` in any case), or why it does not fit: another frequency's key, no key at
 * all, or a year outside 1900–2999.
 */
export function readPeriod(
  frequency: CollectionFrequency,
  key: string,
): { period: CollectionPeriod } | { message: string } {
  const period = periodByKey(frequency, key.trim().toUpperCase());
  const year = period ? Number(period.key.slice(0, 4)) : NaN;
  if (period && year >= FIRST_YEAR && year <= LAST_YEAR) return { period };
  const { format, example } = PERIOD_FORMATS[frequency];
  return {
    message: `"${key.trim().slice(0, 40)}" is not a period of this ${frequency.replace('_', '-')} indicator: write it as ${format}, e.g. ${example} (years ${FIRST_YEAR}–${LAST_YEAR}).`,
  };
}
