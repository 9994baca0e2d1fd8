import { translations } from '@gw/web/shared/i18n';

/**
 * Reviewing a report: comparing versions, comments, the approval by the steering group, the
 * link to the published report and its public web version.
 */
export const reportReview = translations({
  de: {
    'reports.compare': 'Vergleichen',
    'reports.approval.title': 'Prüfung durch die Steuerungsgruppe',
    'reports.approval.progress': '{approved} von {needed} nötigen Zustimmungen',
    'reports.approval.progressOne': '{approved} von {needed} nötigen Zustimmung',
    'reports.approval.quorum.all':
      'Alle: Jedes gefragte Mitglied der Steuerungsgruppe muss zustimmen.',
    'reports.approval.quorum.majority':
      'Mehrheit: Mehr als die Hälfte der gefragten Mitglieder muss zustimmen.',
    'reports.approval.quorum.any': 'Eine Stimme: Eine Zustimmung genügt.',
    'reports.approval.decisions': 'Entscheidungen',
    'reports.approval.approvedOn': 'hat am {date} zugestimmt',
    'reports.approval.rejectedOn': 'hat am {date} abgelehnt',
    'reports.approval.open': 'hat noch nicht entschieden',
    'reports.approval.notDecided': 'hat nicht entschieden',
    'reports.approval.former': 'Ehemaliges Mitglied',
    'reports.approval.yourDecision': 'Ihre Entscheidung',
    'reports.approval.yourDecisionHint':
      'Sie entscheiden über genau diese eingefrorene Fassung (Prüfwert {hash}…).',
    'reports.approval.comment': 'Kommentar',
    'reports.approval.commentHint': 'Bei einer Ablehnung bitte begründen.',
    'reports.approval.commentForRejection': 'Bitte begründen Sie die Ablehnung.',
    'reports.approval.approve': 'Zustimmen',
    'reports.approval.reject': 'Ablehnen',
    'reports.approval.approve.title': 'Dem Bericht zustimmen?',
    'reports.approval.approve.text':
      'Sie stimmen dieser Fassung zu. Mit {needed, plural, one {# Zustimmung} other {# Zustimmungen}} ist der Bericht freigegeben.',
    'reports.approval.reject.title': 'Den Bericht ablehnen?',
    'reports.approval.reject.text':
      'Der Bericht geht mit Ihrer Begründung an die Koordinationsstelle zurück.',
    'reports.approval.youApproved': 'Sie haben diesem Bericht zugestimmt.',
    'reports.approval.youRejected': 'Sie haben diesen Bericht abgelehnt.',
    'reports.approval.notAsked':
      'Sie gehörten beim Einreichen noch nicht zur Steuerungsgruppe und entscheiden nicht über diese Fassung.',
    'reports.approval.nowApproved': 'Der Bericht ist freigegeben.',
    'reports.approval.approvedByYou': 'Ihre Zustimmung ist gespeichert.',
    'reports.approval.rejectedByYou': 'Ihre Ablehnung ist gespeichert.',

    'reports.link.title': 'Öffentlicher Link',
    'reports.link.intro':
      'Wer den Link hat, liest den Bericht ohne Anmeldung: nur öffentliche Indikatoren, aufgeschlüsselte Werte mit kleinen Fallzahlen unterdrückt, ohne Ressourcen.',
    'reports.link.create': 'Link erstellen',
    'reports.link.replace': 'Neuen Link erstellen',
    'reports.link.hidden':
      'Ein erstellter Link wird aus Sicherheitsgründen nur einmal angezeigt. Ein neuer Link ersetzt den bisherigen.',
    'reports.link.onlyOnce': 'Kopieren Sie den Link jetzt: Er wird nur dieses eine Mal angezeigt.',
    'reports.link.url': 'Link zum Bericht',
    'reports.link.copy': 'Kopieren',
    'reports.link.copied': 'Der Link ist kopiert.',
    'reports.link.open': 'Öffnen',
    'reports.link.created': 'Der öffentliche Link ist erstellt.',
    'reports.link.revoke': 'Link widerrufen',
    'reports.link.revoke.title': 'Öffentlichen Link widerrufen?',
    'reports.link.revoke.text':
      'Wer den Link hat, kann den Bericht danach nicht mehr lesen. Sie können später einen neuen Link erstellen.',
    'reports.link.revoke.confirm': 'Widerrufen',
    'reports.link.revoked': 'Der Link ist widerrufen.',
    'reports.link.noneLive': 'Es gibt keinen gültigen Link, der widerrufen werden könnte.',
    'reports.link.live': 'Öffentlicher Link aktiv seit {since}',
    'reports.link.opened': '{count} mal geöffnet, zuletzt am {last}',
    'reports.link.neverOpened': 'noch nicht geöffnet',
    'reports.link.none':
      'Kein öffentlicher Link aktiv: Der Bericht ist nur für Mitglieder sichtbar.',

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

    'reports.compare.title': 'Berichte vergleichen',
    'reports.compare.intro':
      'Jeder Indikator mit seinem letzten Wert im Zeitraum des einen Berichts gegen den des anderen.',
    'reports.compare.a': 'Bericht A',
    'reports.compare.b': 'Bericht B',
    'reports.compare.pick': 'Wählen Sie zwei Berichte aus.',
    'reports.compare.same': 'Wählen Sie zwei verschiedene Berichte.',
    'reports.compare.tooFew': 'Zum Vergleichen braucht es mindestens zwei Berichte.',
    'reports.compare.indicator': 'Indikator',
    'reports.compare.change': 'Veränderung',
    'reports.compare.noValue': 'kein Wert',
    'reports.compare.none': 'Die beiden Berichte enthalten keine Indikatoren.',
    'reports.compare.caption': '„{a}“ gegen „{b}“',

    'reports.public.published': 'Veröffentlicht am {date}',
    'reports.public.period': 'Zeitraum: {start} – {end}',
    'reports.public.pdf': 'PDF herunterladen',
    'reports.public.gone': 'Dieser Link ist nicht mehr gültig',
    'reports.public.goneText':
      'Der Bericht wurde zurückgezogen oder der Link ist unvollständig. Bitten Sie die Initiative um einen aktuellen Link.',
    'reports.public.threshold':
      'Zum Schutz der Beteiligten werden aufgeschlüsselte Werte, die auf weniger als {n} Fällen beruhen, nicht gezeigt.',
    'reports.public.noIndicators': 'Zu diesem Ziel werden keine Indikatoren veröffentlicht.',
    'reports.public.hash': 'Prüfwert (SHA-256): {hash}',
    'reports.glance.title': 'Auf einen Blick',
    'reports.glance.in': 'im Zeitraum {period}',
    'reports.glance.noValue': 'Kein Wert im Berichtszeitraum',
    'reports.glance.baseline': 'Ausgangswert {value}',
    'reports.glance.target': 'Ziel {value} bis {date}',
    'reports.glance.noFigures': 'Dieser Bericht veröffentlicht keine Indikatoren.',
    'reports.glance.measures.title': 'Maßnahmen im Berichtszeitraum',
    'reports.glance.measures':
      '{started} begonnen · {completed} abgeschlossen · {delayed} verzögert · {milestones} Meilensteine erreicht',
  },
  en: {
    'reports.compare': 'Compare',
    'reports.approval.title': 'Review by the steering group',
    'reports.approval.progress': '{approved} of {needed} required approvals',
    'reports.approval.progressOne': '{approved} of {needed} required approval',
    'reports.approval.quorum.all': 'All: every steering member asked must approve.',
    'reports.approval.quorum.majority':
      'Majority: more than half of the members asked must approve.',
    'reports.approval.quorum.any': 'One vote: one approval is enough.',
    'reports.approval.decisions': 'Decisions',
    'reports.approval.approvedOn': 'approved on {date}',
    'reports.approval.rejectedOn': 'rejected on {date}',
    'reports.approval.open': 'has not decided yet',
    'reports.approval.notDecided': 'did not decide',
    'reports.approval.former': 'Former member',
    'reports.approval.yourDecision': 'Your decision',
    'reports.approval.yourDecisionHint':
      'You decide on exactly this frozen version (checksum {hash}…).',
    'reports.approval.comment': 'Comment',
    'reports.approval.commentHint': 'Please give a reason for a rejection.',
    'reports.approval.commentForRejection': 'Please give a reason for the rejection.',
    'reports.approval.approve': 'Approve',
    'reports.approval.reject': 'Reject',
    'reports.approval.approve.title': 'Approve the report?',
    'reports.approval.approve.text':
      'You approve this version. With {needed, plural, one {# approval} other {# approvals}} the report is approved.',
    'reports.approval.reject.title': 'Reject the report?',
    'reports.approval.reject.text':
      'The report goes back to the coordination office with your reason.',
    'reports.approval.youApproved': 'You approved this report.',
    'reports.approval.youRejected': 'You rejected this report.',
    'reports.approval.notAsked':
      'You were not in the steering group when it was submitted and do not decide on this version.',
    'reports.approval.nowApproved': 'The report is approved.',
    'reports.approval.approvedByYou': 'Your approval is saved.',
    'reports.approval.rejectedByYou': 'Your rejection is saved.',

    'reports.link.title': 'Public link',
    'reports.link.intro':
      'Whoever has the link reads the report without logging in: public indicators only, disaggregated values with few cases suppressed, no resources.',
    'reports.link.create': 'Create link',
    'reports.link.replace': 'Create a new link',
    'reports.link.hidden':
      'For security a link is shown only once, when it is created. A new link replaces the previous one.',
    'reports.link.onlyOnce': 'Copy the link now: it is shown this one time only.',
    'reports.link.url': 'Link to the report',
    'reports.link.copy': 'Copy',
    'reports.link.copied': 'The link is copied.',
    'reports.link.open': 'Open',
    'reports.link.created': 'The public link is created.',
    'reports.link.revoke': 'Revoke link',
    'reports.link.revoke.title': 'Revoke the public link?',
    'reports.link.revoke.text':
      'Whoever has the link can no longer read the report. You can create a new link later.',
    'reports.link.revoke.confirm': 'Revoke',
    'reports.link.revoked': 'The link is revoked.',
    'reports.link.noneLive': 'There is no valid link that could be revoked.',
    'reports.link.live': 'Public link live since {since}',
    'reports.link.opened': 'opened {count} times, last on {last}',
    'reports.link.neverOpened': 'not opened yet',
    'reports.link.none': 'No public link is live: only members can read the report.',

    'reports.comments.title': 'Comments',
    'reports.comments.section': 'Section',
    'reports.comments.new': 'Your comment',
    'reports.comments.add': 'Comment',
    'reports.comments.added': 'The comment is saved.',
    'reports.comments.none': 'No comments on this version yet.',
    'reports.comments.on': 'on “{section}”',
    'reports.comments.someone': 'Someone',
    'reports.comments.resolve': 'Done',
    'reports.comments.resolveLabel': 'Mark the comment of {name} as done',
    'reports.comments.resolvedBy': 'done on {date} by {name}',
    'reports.comments.readOnly': 'As an observer you cannot comment.',

    'reports.compare.title': 'Compare reports',
    'reports.compare.intro':
      'Each indicator with its latest value in the period of one report against that of the other.',
    'reports.compare.a': 'Report A',
    'reports.compare.b': 'Report B',
    'reports.compare.pick': 'Choose two reports.',
    'reports.compare.same': 'Choose two different reports.',
    'reports.compare.tooFew': 'Comparing needs at least two reports.',
    'reports.compare.indicator': 'Indicator',
    'reports.compare.change': 'Change',
    'reports.compare.noValue': 'no value',
    'reports.compare.none': 'The two reports contain no indicators.',
    'reports.compare.caption': '“{a}” against “{b}”',

    'reports.public.published': 'Published on {date}',
    'reports.public.period': 'Period: {start} – {end}',
    'reports.public.pdf': 'Download PDF',
    'reports.public.gone': 'This link is no longer valid',
    'reports.public.goneText':
      'The report was withdrawn or the link is incomplete. Ask the initiative for a current link.',
    'reports.public.threshold':
      'To protect those involved, disaggregated values resting on fewer than {n} cases are not shown.',
    'reports.public.noIndicators': 'No indicators are published for this goal.',
    'reports.public.hash': 'Checksum (SHA-256): {hash}',
    'reports.glance.title': 'At a glance',
    'reports.glance.in': 'in {period}',
    'reports.glance.noValue': 'No value in the period',
    'reports.glance.baseline': 'Baseline {value}',
    'reports.glance.target': 'Target {value} by {date}',
    'reports.glance.noFigures': 'This report publishes no indicators.',
    'reports.glance.measures.title': 'Measures in the period',
    'reports.glance.measures':
      '{started} started · {completed} completed · {delayed} delayed · {milestones} milestones reached',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    reportReview: typeof reportReview;
  }
}
