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

/** The API names a value as "<indicator> <period>": the period is said in words. */
const VALUE_SUBJECT = /^(.*) (\d{4}(?:-(?:Q|H)?\d{1,2})?)$/;

function subjectText(entry: ActivityEntry, i18n: I18nService): string {
  if (entry.kind === 'transition' && isPhase(entry.subject)) {
    return i18n.t(phaseKey(entry.subject));
  }
  if (entry.kind === 'measurement') {
    const match = VALUE_SUBJECT.exec(entry.subject);
    if (match?.[1] && match[2]) return `${match[1]}, ${periodLabel(match[2], i18n)}`;
  }
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
