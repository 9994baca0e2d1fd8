import { translations } from '@gw/web/shared/i18n';

/** The collection plan of the shared indicators: who measures what, and when. */
export const collectionPlan = translations({
  de: {
    'indicators.plan.title': 'Erhebungsplan',
    'indicators.plan.intro':
      'Wer welchen Wert bis wann liefert: für jeden Indikator der laufende Zeitraum und die vergangenen, deren Wert noch fehlt. Ein Wert ist zwei Wochen nach dem Ende seines Zeitraums fällig.',
    'indicators.plan.filters': 'Erhebungsplan eingrenzen',
    'indicators.plan.day': 'Stichtag',
    'indicators.plan.today': 'Heute',
    'indicators.plan.anyone': 'Alle',
    'indicators.plan.anyActor': 'Alle Akteure',
    'indicators.plan.table': 'Erhebungsplan, nach Fälligkeit',
    'indicators.plan.col.indicator': 'Indikator',
    'indicators.plan.col.period': 'Zeitraum',
    'indicators.plan.col.due': 'Fällig am',
    'indicators.plan.summary': 'Lieferungen: {count}',
    'indicators.plan.overdueCount': 'davon überfällig: {count}',
    'indicators.plan.overdue': 'überfällig',
    'indicators.plan.dueSoon': 'bald fällig',
    'indicators.plan.noSteward': 'niemand benannt',
    'indicators.plan.noMatch': 'Keine Lieferung passt zu diesem Filter.',
    'indicators.plan.empty.title': 'Nichts zu erheben',
    'indicators.plan.empty.text':
      'Sobald es Indikatoren gibt, steht hier, wer was bis wann liefert.',
  },
  en: {
    'indicators.plan.title': 'Collection plan',
    'indicators.plan.intro':
      'Who delivers which value by when: the current period of every indicator and the past ones whose value is still missing. A value is due two weeks after its period ends.',
    'indicators.plan.filters': 'Narrow the collection plan',
    'indicators.plan.day': 'Reference day',
    'indicators.plan.today': 'Today',
    'indicators.plan.anyone': 'Everyone',
    'indicators.plan.anyActor': 'All actors',
    'indicators.plan.table': 'Collection plan, by due date',
    'indicators.plan.col.indicator': 'Indicator',
    'indicators.plan.col.period': 'Period',
    'indicators.plan.col.due': 'Due on',
    'indicators.plan.summary': 'Deliveries: {count}',
    'indicators.plan.overdueCount': 'overdue: {count}',
    'indicators.plan.overdue': 'overdue',
    'indicators.plan.dueSoon': 'due soon',
    'indicators.plan.noSteward': 'nobody named',
    'indicators.plan.noMatch': 'No delivery matches this filter.',
    'indicators.plan.empty.title': 'Nothing to collect',
    'indicators.plan.empty.text':
      'As soon as there are indicators, this shows who delivers what by when.',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    collectionPlan: typeof collectionPlan;
  }
}
