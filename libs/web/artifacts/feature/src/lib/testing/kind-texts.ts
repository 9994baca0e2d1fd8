import { VERSION_STATUS_NAMES } from '@gw/shared/contracts';
import { type FeatureTexts, keyedNames } from '@gw/web/shared/i18n';

/*
 * The words of the kinds the specs show the shared views in, as the kinds' libraries have them
 * (German). A copy: those libraries import this one, so its specs cannot import their
 * dictionaries.
 */

const agreementWords = {
  ...keyedNames('versionStatus', VERSION_STATUS_NAMES.de),
  'agreement.version': 'Fassung {n}',
  'agreement.comments.title': 'Kommentare zu „{title}“',
  'agreement.comments.showResolved': 'Erledigte Kommentare anzeigen',
  'agreement.comments.none': 'Noch keine Kommentare zu diesem Abschnitt.',
  'agreement.comments.noneOpen': 'Keine offenen Kommentare zu diesem Abschnitt.',
  'agreement.comments.by': '{name}, {date}',
  'agreement.comments.someone': 'einem ehemaligen Mitglied',
  'agreement.comments.resolve': 'Erledigt',
  'agreement.comments.resolveLabel': 'Kommentar von {name} als erledigt markieren',
  'agreement.comments.resolvedBy': 'Erledigt am {date} von {name}',
  'agreement.comments.resolvedDone': 'Der Kommentar ist als erledigt markiert.',
  'agreement.comments.new': 'Ihr Kommentar',
  'agreement.comments.add': 'Kommentieren',
  'agreement.comments.added': 'Ihr Kommentar ist gespeichert.',
  'agreement.comments.readOnly':
    'Als Beobachterin oder Beobachter können Sie Kommentare lesen, aber keine schreiben.',
  'agreement.diff.title': 'Fassungen vergleichen',
  'agreement.diff.intro':
    'Zeigt, was sich zwischen zwei Fassungen geändert hat. Unveränderte Abschnitte sind eingeklappt.',
  'agreement.diff.from': 'Ältere Fassung',
  'agreement.diff.to': 'Neuere Fassung',
  'agreement.diff.legend': 'Legende',
  'agreement.diff.added': 'eingefügt',
  'agreement.diff.removed': 'entfernt',
  'agreement.diff.addedStart': '[eingefügt:',
  'agreement.diff.removedStart': '[entfernt:',
  'agreement.diff.end': ']',
  'agreement.diff.changed': 'geändert',
  'agreement.diff.unchanged': 'unverändert',
  'agreement.diff.summary': '{changed} von {total} Abschnitten geändert',
  'agreement.diff.noChanges': 'Die beiden Fassungen sind gleich.',
  'agreement.diff.needTwo': 'Zum Vergleichen braucht es mindestens zwei Fassungen.',
  'agreement.diff.same': 'Bitte wählen Sie zwei verschiedene Fassungen.',
} as const;

const reportWords = {
  'reports.comments.title': 'Kommentare',
  'reports.comments.section': 'Abschnitt',
  'reports.comments.new': 'Ihr Kommentar',
  'reports.comments.add': 'Kommentieren',
  'reports.comments.added': 'Der Kommentar ist gespeichert.',
  'reports.comments.none': 'Noch keine Kommentare zu dieser Fassung.',
  'reports.comments.on': 'zu „{section}“',
  'reports.comments.someone': 'Jemand',
  'reports.comments.resolve': 'Erledigt',
  'reports.comments.resolveLabel': 'Kommentar von {name} als erledigt markieren',
  'reports.comments.resolvedBy': 'erledigt am {date} von {name}',
  'reports.comments.readOnly': 'Als beobachtendes Mitglied können Sie nicht kommentieren.',
} as const;

const baselineWords = {
  'baselines.approval.title': 'Freigabe durch die Steuerungsgruppe',
  'baselines.approval.progress': '{approved} von {needed} nötigen Zustimmungen',
  'baselines.approval.progressOne': '{approved} von 1 nötigen Zustimmung',
  'baselines.approval.decisions': 'Gefragte Mitglieder der Steuerungsgruppe',
  'baselines.approval.approvedOn': 'hat zugestimmt, {date}',
  'baselines.approval.rejectedOn': 'hat abgelehnt, {date}',
  'baselines.approval.open': 'hat noch nicht entschieden',
  'baselines.approval.notDecided': 'hat nicht entschieden',
  'baselines.approval.former': 'ein ehemaliges Mitglied',
  'baselines.approval.yourDecision': 'Ihre Entscheidung',
  'baselines.approval.yourDecisionHint':
    'Sie entscheiden über genau diese eingefrorene Fassung (Prüfwert {hash}…).',
  'baselines.approval.comment': 'Kommentar',
  'baselines.approval.commentHint': 'Bei einer Ablehnung nötig: Was soll sich ändern?',
  'baselines.approval.commentForRejection':
    'Bitte begründen Sie die Ablehnung: Was soll sich ändern?',
  'baselines.approval.approve': 'Zustimmen',
  'baselines.approval.reject': 'Ablehnen',
  'baselines.approval.approve.title': 'Basislinie {n} zustimmen?',
  'baselines.approval.approve.text':
    'Ihre Zustimmung gilt genau dieser Fassung. Mit {needed} Zustimmungen ist die Basislinie freigegeben.',
  'baselines.approval.reject.title': 'Basislinie {n} ablehnen?',
  'baselines.approval.reject.text':
    'Eine Ablehnung genügt: Die Basislinie geht mit Ihrem Kommentar an die Koordinationsstelle zurück.',
  'baselines.approval.approvedByYou': 'Ihre Zustimmung zu Basislinie {n} ist gespeichert.',
  'baselines.approval.rejectedByYou':
    'Sie haben Basislinie {n} abgelehnt. Die Koordinationsstelle sieht Ihren Kommentar.',
  'baselines.approval.nowApproved':
    'Basislinie {n} ist freigegeben. Der Aktionsplan wird jetzt an ihr gemessen.',
  'baselines.approval.youApproved': 'Sie haben dieser Basislinie zugestimmt.',
  'baselines.approval.youRejected': 'Sie haben diese Basislinie abgelehnt.',
  'baselines.approval.notAsked':
    'Sie waren bei der Einreichung noch nicht in der Steuerungsgruppe und entscheiden über diese Basislinie nicht mit.',
  'baselines.quorum.title': 'Wer muss zustimmen?',
  'baselines.quorum.intro':
    'Wie viele Mitglieder der Steuerungsgruppe einer Basislinie (und später einem Bericht) zustimmen müssen, damit sie freigegeben ist.',
  'baselines.quorum.all': 'Alle',
  'baselines.quorum.majority': 'Die Mehrheit',
  'baselines.quorum.any': 'Eine Person',
  'baselines.quorum.all.hint': 'Jedes gefragte Mitglied der Steuerungsgruppe muss zustimmen.',
  'baselines.quorum.majority.hint':
    'Mehr als die Hälfte der gefragten Mitglieder muss zustimmen, bei vier also drei.',
  'baselines.quorum.any.hint': 'Die erste Zustimmung aus der Steuerungsgruppe genügt.',
  'baselines.quorum.rejection':
    'Gefragt werden die Mitglieder der Steuerungsgruppe beim Einreichen. Eine einzige Ablehnung schickt die Basislinie zurück.',
  'baselines.quorum.save': 'Regel speichern',
  'baselines.quorum.saved': 'Die Regel ist gespeichert: {rule}.',
  'baselines.quorum.stale':
    'Jemand anderes hat die Initiative inzwischen geändert. Laden Sie die aktuelle Regel neu und wählen Sie dann erneut.',
} as const;

/** The cooperation agreement's: its versions, comments and comparison. */
export const AGREEMENT_TEXTS = { de: agreementWords, en: {} } satisfies FeatureTexts;
/** The report's comments. */
export const REPORT_TEXTS = { de: reportWords, en: {} } satisfies FeatureTexts;
/** The baselines' approval by the steering group. */
export const BASELINE_TEXTS = { de: baselineWords, en: {} } satisfies FeatureTexts;

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    artifactSamples: { de: typeof agreementWords & typeof reportWords & typeof baselineWords };
  }
}
