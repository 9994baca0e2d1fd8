import { translations } from '@gw/web/shared/i18n';

/** What waits for the user: on an initiative's overview and on the start page. */
export const todos = translations({
  de: {
    'todos.title': 'Was auf Sie wartet',
    'todos.count': '{count} offen',
    'todos.list': 'Offene Aufgaben, überfällige zuerst',
    'todos.empty.title': 'Nichts offen',
    'todos.empty.initiative':
      'Hier erscheint, was Sie in dieser Initiative tun sollen: unterschreiben, entscheiden, Werte liefern oder prüfen.',
    'todos.empty.all':
      'Hier erscheint, was Sie in Ihren Initiativen tun sollen: unterschreiben, entscheiden, Werte liefern oder prüfen.',
    'todos.more': 'und {count} weitere',
    'todos.overdue': 'überfällig seit {date}',
    'todos.due': 'fällig am {date}',
    'todos.version': 'Version {n}',
    'todos.kind.signature': '{title} unterschreiben',
    'todos.kind.transition': 'Über den Phasenwechsel entscheiden',
    'todos.kind.baseline_approval': 'Über die Basislinie entscheiden',
    'todos.kind.report_approval': 'Über den Bericht entscheiden',
    'todos.kind.value_review': 'Wert prüfen: {title}',
    'todos.kind.value_correction': 'Zurückgegebenen Wert korrigieren: {title}',
    'todos.kind.delivery': 'Wert liefern: {title}',
    'todos.kind.milestone': 'Meilenstein erledigen: {title}',
    'todos.for': 'für {actor}',
    'todos.measure': 'Maßnahme {title}',
    'todos.period.quarter': '{n}. Quartal {year}',
    'todos.period.half': '{n}. Halbjahr {year}',
  },
  en: {
    'todos.title': 'What waits for you',
    'todos.count': '{count} open',
    'todos.list': 'Open tasks, overdue first',
    'todos.empty.title': 'Nothing waiting for you',
    'todos.empty.initiative':
      'What you are to do in this initiative shows here: sign, decide, deliver or review values.',
    'todos.empty.all':
      'What you are to do in your initiatives shows here: sign, decide, deliver or review values.',
    'todos.more': 'and {count} more',
    'todos.overdue': 'overdue since {date}',
    'todos.due': 'due on {date}',
    'todos.version': 'version {n}',
    'todos.kind.signature': 'Sign the {title}',
    'todos.kind.transition': 'Decide on the phase transition',
    'todos.kind.baseline_approval': 'Decide on the baseline',
    'todos.kind.report_approval': 'Decide on the report',
    'todos.kind.value_review': 'Review the value: {title}',
    'todos.kind.value_correction': 'Correct the returned value: {title}',
    'todos.kind.delivery': 'Deliver the value: {title}',
    'todos.kind.milestone': 'Complete the milestone: {title}',
    'todos.for': 'for {actor}',
    'todos.measure': 'Measure {title}',
    'todos.period.quarter': 'Q{n} {year}',
    'todos.period.half': 'H{n} {year}',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    todos: typeof todos;
  }
}
