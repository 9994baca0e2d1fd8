import { translations } from '@gw/web/shared/i18n';

/**
 * The activity and impact reports (Tätigkeits- und Wirkungsberichte): list, creation, the
 * report with its goals, indicators and resources.
 */
export const reports = translations({
  de: {
    'reports.title': 'Berichte',
    'reports.intro':
      'Ein Tätigkeits- und Wirkungsbericht hält für einen Zeitraum fest, was die Initiative erreicht hat: die Indikatoren je Ziel, den Fortschritt der Maßnahmen und die Einschätzung der Beteiligten.',
    'reports.create': 'Bericht erstellen',
    'reports.empty.title': 'Noch kein Bericht',
    'reports.empty.text':
      'Erstellen Sie einen Bericht für ein Quartal, ein Halbjahr, ein Jahr oder einen freien Zeitraum. Der Entwurf entsteht aus den erfassten Daten.',
    'reports.empty.readOnlyText': 'Die Koordinationsstelle hat noch keinen Bericht erstellt.',
    'reports.list.title': 'Alle Berichte',
    'reports.list.created': 'Erstellt am {date}',
    'reports.version': 'Fassung {n}',
    'reports.range': '{start} – {end}',
    'reports.periodType.quarter': 'Quartal',
    'reports.periodType.half_year': 'Halbjahr',
    'reports.periodType.year': 'Jahr',
    'reports.periodType.custom': 'Freier Zeitraum',
    'reports.status.draft': 'Entwurf',
    'reports.status.in_review': 'in Prüfung',
    'reports.status.approved': 'freigegeben',
    'reports.status.rejected': 'abgelehnt',
    'reports.status.published': 'veröffentlicht',
    'reports.status.other': 'abgelöst',

    'reports.dialog.title': 'Bericht erstellen',
    'reports.dialog.periodType': 'Art des Zeitraums',
    'reports.dialog.date': 'Ein Tag im Zeitraum',
    'reports.dialog.dateHint': 'Zum Beispiel 15.02.2027 für das 1. Quartal 2027',
    'reports.dialog.start': 'Beginn',
    'reports.dialog.end': 'Ende',
    'reports.dialog.endBeforeStart': 'Das Ende liegt vor dem Beginn.',
    'reports.dialog.dateInvalid': 'Bitte ein Datum wie 15.02.2027 eingeben.',
    'reports.dialog.reportTitle': 'Titel (freiwillig)',
    'reports.dialog.reportTitleHint':
      'Ohne Titel heißt er „Tätigkeits- und Wirkungsbericht“ mit dem Zeitraum.',
    'reports.dialog.preview': 'Der Bericht umfasst die Zeit vom {start} bis zum {end}.',
    'reports.dialog.generated':
      'Der Entwurf wird aus den freigegebenen Werten, Maßnahmen und Meilensteinen dieses Zeitraums erzeugt.',
    'reports.dialog.submit': 'Erstellen',
    'reports.created': 'Der Bericht „{title}“ ist als Entwurf erstellt.',

    'reports.back': 'Alle Berichte',
    'reports.meta.period': 'Zeitraum',
    'reports.meta.generated': 'Zahlen vom',
    'reports.meta.submitted': 'Eingereicht',
    'reports.meta.hash': 'Prüfwert (SHA-256)',
    'reports.older': 'Sie sehen Fassung {n}; die aktuelle ist Fassung {latest}.',
    'reports.toLatest': 'Zur aktuellen Fassung',
    'reports.draftNote':
      'Entwurf: Die Zahlen kommen aus den erfassten Daten und werden bei jedem Speichern neu erzeugt. Mit dem Einreichen werden sie eingefroren.',
    'reports.readOnlyDraft':
      'Die Koordinationsstelle und die Arbeitsgruppen schreiben die Texte; danach reicht die Koordinationsstelle den Bericht ein.',
    'reports.pdf': 'PDF herunterladen',
    'reports.submit': 'Zur Prüfung einreichen',
    'reports.submit.title': 'Bericht zur Prüfung einreichen?',
    'reports.submit.text':
      'Die Zahlen werden eingefroren: Sie ändern sich danach nicht mehr, auch wenn Werte später korrigiert werden (der nächste Bericht weist solche Korrekturen aus). Die Texte sind dann nicht mehr änderbar. Danach prüft die Steuerungsgruppe den Bericht.',
    'reports.submit.confirm': 'Verbindlich einreichen',
    'reports.submitted': 'Der Bericht ist eingereicht. Die Steuerungsgruppe prüft ihn jetzt.',
    'reports.publish': 'Veröffentlichen',
    'reports.publish.title': 'Bericht veröffentlichen?',
    'reports.publish.text':
      'Der freigegebene Bericht gilt dann als veröffentlicht. Danach können Sie einen öffentlichen Link erstellen, der nur die öffentlichen Indikatoren zeigt.',
    'reports.published': 'Der Bericht ist veröffentlicht.',
    'reports.approvedHint':
      'Die Steuerungsgruppe hat den Bericht freigegeben. Die Koordinationsstelle kann ihn jetzt veröffentlichen.',
    'reports.startVersion': 'Neue Fassung beginnen',
    'reports.versionStarted': 'Fassung {n} ist als Entwurf angelegt.',
    'reports.rejected.title': 'Die Steuerungsgruppe hat Fassung {n} abgelehnt',
    'reports.rejected.by': '{name}, {date}',
    'reports.rejected.next':
      'Beginnen Sie eine neue Fassung, überarbeiten Sie die Texte und reichen Sie sie erneut ein.',

    'reports.summary': 'Zusammenfassung',
    'reports.summary.empty': 'Noch keine Zusammenfassung.',
    'reports.narrative': 'Einschätzung',
    'reports.narrative.empty': 'Noch keine Einschätzung zu diesem Ziel.',
    'reports.text.save': 'Text speichern',
    'reports.text.saved': 'Der Text ist gespeichert.',
    'reports.text.stale':
      'Jemand hat den Bericht inzwischen gespeichert. Laden Sie den aktuellen Stand; Ihr Text bleibt im Feld.',
    'reports.text.meanwhile': 'Inzwischen gespeichert wurde:',

    'reports.goals.title': 'Ziele',
    'reports.goal.indicators': 'Indikatoren',
    'reports.goal.noIndicators': 'Diesem Ziel ist kein Indikator zugeordnet, die Sie sehen können.',
    'reports.goal.measures': 'Maßnahmen im Zeitraum',
    'reports.goal.completed': 'Abgeschlossen',
    'reports.goal.started': 'Begonnen',
    'reports.goal.delayed': 'Verzögert',
    'reports.goal.none': 'keine',
    'reports.goal.milestones': 'Erreichte Meilensteine',
    'reports.goal.noMilestones': 'Im Zeitraum wurde kein Meilenstein erreicht.',
    'reports.goal.milestone': '{title} ({measure}, fällig am {date})',

    'reports.indicators.caption': 'Indikatoren zu „{goal}“',
    'reports.indicators.name': 'Indikator',
    'reports.indicators.values': 'Werte im Zeitraum',
    'reports.indicators.baseline': 'Ausgangswert',
    'reports.indicators.target': 'Ziel',
    'reports.indicators.status': 'Stand',
    'reports.indicators.noValues': 'keine Werte',
    'reports.indicators.none': '–',
    'reports.indicators.from': 'vom {date}',
    'reports.indicators.until': 'bis {date}',
    'reports.indicators.cells': 'Aufgeschlüsselt (letzter Wert im Zeitraum)',
    'reports.indicators.cases': '{n} Fälle',
    'reports.indicators.suppressed': 'unterdrückt (Schutz kleiner Fallzahlen unter {n})',
    'reports.indicators.suppressedPublicly':
      'wird öffentlich unterdrückt (Schutz kleiner Fallzahlen unter {n})',
    'reports.trend.actual': 'Wert',
    'reports.trend.cases': 'Fälle',
    'reports.trend.label':
      'Verlauf von „{name}“ im Zeitraum: zuletzt {latest}; die Werte stehen in der Tabelle.',
    'reports.indicatorStatus.on_track': 'auf Kurs',
    'reports.indicatorStatus.at_risk': 'gefährdet',
    'reports.indicatorStatus.off_track': 'nicht auf Kurs',
    'reports.indicatorStatus.no_data': 'keine Daten',
    'reports.visibility.internal': 'intern',
    'reports.visibility.partners': 'für Partner',
    'reports.visibility.public': 'öffentlich',
    'reports.visibility.label': 'Sichtbarkeit: {visibility}',

    'reports.resources.title': 'Eingesetzte Ressourcen',
    'reports.resources.caption': 'Ressourcen der Akteure im Zeitraum',
    'reports.resources.actor': 'Akteur',
    'reports.resources.eur': 'Mittel',
    'reports.resources.hours': 'Personalstunden',
    'reports.resources.total': 'Summe',
    'reports.resources.none': 'Für diesen Zeitraum sind keine Ressourcen erfasst.',

    'reports.corrections.title': 'Korrekturen seit früheren Berichten',
    'reports.corrections.item':
      '{indicator}, {period}: nach dem Bericht „{report}“ von {before} auf {after} korrigiert.',
  },
  en: {
    'reports.title': 'Reports',
    'reports.intro':
      'An activity and impact report records what the initiative achieved in a period: the indicators per goal, the progress of the measures and the assessment of those involved.',
    'reports.create': 'Create report',
    'reports.empty.title': 'No report yet',
    'reports.empty.text':
      'Create a report for a quarter, a half-year, a year or a custom period. Its draft is generated from the recorded data.',
    'reports.empty.readOnlyText': 'The coordination office has not created a report yet.',
    'reports.list.title': 'All reports',
    'reports.list.created': 'Created on {date}',
    'reports.version': 'Version {n}',
    'reports.range': '{start} – {end}',
    'reports.periodType.quarter': 'Quarter',
    'reports.periodType.half_year': 'Half-year',
    'reports.periodType.year': 'Year',
    'reports.periodType.custom': 'Custom period',
    'reports.status.draft': 'Draft',
    'reports.status.in_review': 'in review',
    'reports.status.approved': 'approved',
    'reports.status.rejected': 'rejected',
    'reports.status.published': 'published',
    'reports.status.other': 'superseded',

    'reports.dialog.title': 'Create report',
    'reports.dialog.periodType': 'Kind of period',
    'reports.dialog.date': 'A day in the period',
    'reports.dialog.dateHint': 'For example 15/02/2027 for the 1st quarter of 2027',
    'reports.dialog.start': 'Start',
    'reports.dialog.end': 'End',
    'reports.dialog.endBeforeStart': 'The end lies before the start.',
    'reports.dialog.dateInvalid': 'Please enter a date such as 15/02/2027.',
    'reports.dialog.reportTitle': 'Title (optional)',
    'reports.dialog.reportTitleHint':
      'Without a title it is called “Tätigkeits- und Wirkungsbericht” with the period.',
    'reports.dialog.preview': 'The report covers {start} to {end}.',
    'reports.dialog.generated':
      'The draft is generated from the approved values, measures and milestones of this period.',
    'reports.dialog.submit': 'Create',
    'reports.created': 'The report “{title}” was created as a draft.',

    'reports.back': 'All reports',
    'reports.meta.period': 'Period',
    'reports.meta.generated': 'Figures as of',
    'reports.meta.submitted': 'Submitted',
    'reports.meta.hash': 'Checksum (SHA-256)',
    'reports.older': 'You are looking at version {n}; the current one is version {latest}.',
    'reports.toLatest': 'Go to the current version',
    'reports.draftNote':
      'Draft: the figures come from the recorded data and are regenerated on every save. Submitting freezes them.',
    'reports.readOnlyDraft':
      'The coordination office and the working groups write the texts; then the coordination office submits the report.',
    'reports.pdf': 'Download PDF',
    'reports.submit': 'Submit for review',
    'reports.submit.title': 'Submit the report for review?',
    'reports.submit.text':
      'The figures are frozen: they no longer change, even if values are corrected later (the next report lists such corrections). The texts can no longer be edited. Then the steering group reviews the report.',
    'reports.submit.confirm': 'Submit',
    'reports.submitted': 'The report is submitted. The steering group reviews it now.',
    'reports.publish': 'Publish',
    'reports.publish.title': 'Publish the report?',
    'reports.publish.text':
      'The approved report is then published. Afterwards you can create a public link that shows only the public indicators.',
    'reports.published': 'The report is published.',
    'reports.approvedHint':
      'The steering group approved the report. The coordination office can publish it now.',
    'reports.startVersion': 'Start a new version',
    'reports.versionStarted': 'Version {n} was created as a draft.',
    'reports.rejected.title': 'The steering group rejected version {n}',
    'reports.rejected.by': '{name}, {date}',
    'reports.rejected.next': 'Start a new version, revise the texts and submit it again.',

    'reports.summary': 'Summary',
    'reports.summary.empty': 'No summary yet.',
    'reports.narrative': 'Assessment',
    'reports.narrative.empty': 'No assessment of this goal yet.',
    'reports.text.save': 'Save text',
    'reports.text.saved': 'The text is saved.',
    'reports.text.stale':
      'Someone saved the report in the meantime. Load the current state; your text stays in the field.',
    'reports.text.meanwhile': 'Saved in the meantime:',

    'reports.goals.title': 'Goals',
    'reports.goal.indicators': 'Indicators',
    'reports.goal.noIndicators': 'No indicator you may see belongs to this goal.',
    'reports.goal.measures': 'Measures in the period',
    'reports.goal.completed': 'Completed',
    'reports.goal.started': 'Started',
    'reports.goal.delayed': 'Delayed',
    'reports.goal.none': 'none',
    'reports.goal.milestones': 'Milestones reached',
    'reports.goal.noMilestones': 'No milestone was reached in the period.',
    'reports.goal.milestone': '{title} ({measure}, due on {date})',

    'reports.indicators.caption': 'Indicators of “{goal}”',
    'reports.indicators.name': 'Indicator',
    'reports.indicators.values': 'Values in the period',
    'reports.indicators.baseline': 'Starting value',
    'reports.indicators.target': 'Target',
    'reports.indicators.status': 'Status',
    'reports.indicators.noValues': 'no values',
    'reports.indicators.none': '–',
    'reports.indicators.from': 'of {date}',
    'reports.indicators.until': 'by {date}',
    'reports.indicators.cells': 'Disaggregated (latest value in the period)',
    'reports.indicators.cases': '{n} cases',
    'reports.indicators.suppressed': 'suppressed (protects counts below {n})',
    'reports.indicators.suppressedPublicly': 'suppressed publicly (protects counts below {n})',
    'reports.trend.actual': 'Value',
    'reports.trend.cases': 'Cases',
    'reports.trend.label':
      'Trend of “{name}” in the period: latest {latest}; the values are in the table.',
    'reports.indicatorStatus.on_track': 'on track',
    'reports.indicatorStatus.at_risk': 'at risk',
    'reports.indicatorStatus.off_track': 'off track',
    'reports.indicatorStatus.no_data': 'no data',
    'reports.visibility.internal': 'internal',
    'reports.visibility.partners': 'for partners',
    'reports.visibility.public': 'public',
    'reports.visibility.label': 'Visibility: {visibility}',

    'reports.resources.title': 'Resources used',
    'reports.resources.caption': 'The actors’ resources in the period',
    'reports.resources.actor': 'Actor',
    'reports.resources.eur': 'Funds',
    'reports.resources.hours': 'Staff hours',
    'reports.resources.total': 'Total',
    'reports.resources.none': 'No resources are recorded for this period.',

    'reports.corrections.title': 'Corrections since earlier reports',
    'reports.corrections.item':
      '{indicator}, {period}: corrected from {before} to {after} after the report “{report}”.',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    reports: typeof reports;
  }
}
