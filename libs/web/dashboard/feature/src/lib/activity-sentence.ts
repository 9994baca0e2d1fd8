import { type ActivityEntry, PHASES, type Phase } from '@gw/shared/contracts';
import { type I18nService, type TranslationKey, phaseKey } from '@gw/web/shared/i18n';
import { periodLabel } from './format';

/** A sentence of the activity list in three parts, so that the person can be set in bold. */
export interface ActivitySentence {
  before: string;
  who: string;
  after: string;
}

const activityKey = (action: ActivityEntry['action']): TranslationKey =>
  `dashboard.activity.${action}`;

function subjectText(entry: ActivityEntry, i18n: I18nService): string {
  if (entry.kind === 'transition' && isPhase(entry.subject)) {
    return i18n.t(phaseKey(entry.subject));
  }
  // A value's period is said in words, as everywhere else: „2. Quartal 2026“, not „2026-Q2“.
  if (entry.period) return `${entry.subject}, ${periodLabel(entry.period, i18n)}`;
  return entry.subject;
}

function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}

/**
 * „Miriam Hoffmann hat einen Wert erfasst: Teilnehmende, 3. Quartal 2026.“ The translation keeps
 * `{who}` where the language puts the person (it is left in place as no parameter fills it); a
 * sentence without a person (in force, superseded) has no `who`.
 */
export function activitySentence(entry: ActivityEntry, i18n: I18nService): ActivitySentence {
  const text = i18n.t(activityKey(entry.action), { subject: subjectText(entry, i18n) });
  const at = text.indexOf('{who}');
  if (at < 0) return { before: text, who: '', after: '' };
  return {
    before: text.slice(0, at),
    who: entry.actor?.displayName ?? i18n.t('dashboard.activity.someone'),
    after: text.slice(at + '{who}'.length),
  };
}
