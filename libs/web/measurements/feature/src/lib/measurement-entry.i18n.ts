import { translations } from '@gw/web/shared/i18n';

/** Entering Messwerte: the entry form, corrections, returning a value, and the import. */
export const measurementEntry = translations({
  de: {
    'measurements.entry.title': 'Wert erfassen',
    'measurements.entry.intro': '{name}, Einheit: {unit}',
    'measurements.entry.review':
      'Ihr Wert wird nach dem Speichern von der Koordinationsstelle geprüft.',
    'measurements.entry.period': 'Zeitraum',
    'measurements.entry.periodHint':
      'Der laufende und die vergangenen Zeiträume; ältere Werte über den Import.',
    'measurements.entry.cell': 'Aufschlüsselung',
    'measurements.entry.cellHint':
      '„Gesamt“ bei allen Merkmalen für den Gesamtwert; sonst die Ausprägung je Merkmal.',
    'measurements.entry.value': 'Wert',
    'measurements.entry.valueInvalid': 'Bitte eine Zahl angeben, zum Beispiel 12,5.',
    'measurements.entry.valueRange': 'Der Wert ist zu groß.',
    'measurements.entry.cases': 'Fallzahl (optional)',
    'measurements.entry.casesHint': 'Auf wie vielen Fällen (Personen) der Wert beruht.',
    'measurements.entry.casesInvalid': 'Bitte eine ganze Zahl ab 0 angeben.',
    'measurements.entry.source': 'Quelle (optional)',
    'measurements.entry.sourceHint': 'Woher der Wert stammt, etwa „Verbleibsabfrage, Stand 31.7.“',
    'measurements.entry.exists':
      'Für diesen Zeitraum und diese Aufschlüsselung gibt es schon einen Wert. Korrigieren Sie ihn in der Tabelle.',

    'measurements.correction.title': 'Wert korrigieren',
    'measurements.correction.intro':
      '{period}, {cell}. Der bisherige Wert bleibt im Verlauf erhalten.',
    'measurements.correction.reason': 'Begründung',
    'measurements.correction.reasonHint': 'Warum der Wert geändert wird, etwa „Nachmeldung“.',
    'measurements.correction.review':
      'Nach der Korrektur prüft die Koordinationsstelle den Wert erneut.',
    'measurements.correction.unchanged': 'Bitte ändern Sie Wert, Fallzahl oder Quelle.',

    'measurements.return.title': 'Wert zurückgeben',
    'measurements.return.intro':
      '{indicator}, {period}, {cell}: {value}. Die Datenverantwortlichen sehen Ihre Begründung und korrigieren den Wert.',
    'measurements.return.comment': 'Begründung',
    'measurements.return.commentHint': 'Was am Wert zu prüfen oder zu ändern ist.',

    'measurements.delivery.title': 'Lieferung erfassen',
    'measurements.delivery.gridHint':
      'Gesamtwert und Aufschlüsselung des Zeitraums. Leere Zeilen werden nicht gespeichert.',
    'measurements.delivery.valueOf': 'Wert {cell}',
    'measurements.delivery.casesOf': 'Fallzahl {cell}',
    'measurements.delivery.exists':
      'Dafür gibt es schon einen Wert in diesem Zeitraum. Korrigieren Sie ihn in der Tabelle.',
    'measurements.delivery.casesWithoutValue': 'Zur Fallzahl fehlt der Wert.',
    'measurements.delivery.empty': 'Bitte mindestens einen Wert angeben.',
    'measurements.delivery.sourceHint': 'Gilt für alle Werte dieser Lieferung.',
    'measurements.delivery.review':
      'Ihre Werte werden nach dem Speichern von der Koordinationsstelle geprüft.',
    'measurements.delivery.created': 'Die Lieferung ist erfasst ({count} Werte).',
    'measurements.delivery.count': '{count} Werte',
    'measurements.delivery.approve': 'Lieferung freigeben',
    'measurements.delivery.return': 'Lieferung zurückgeben',
    'measurements.delivery.approveItem': '{indicator}, {period}: Lieferung freigeben',
    'measurements.delivery.returnItem': '{indicator}, {period}: Lieferung zurückgeben',
    'measurements.delivery.approved': 'Die Lieferung ist freigegeben ({count} Werte).',
    'measurements.delivery.returned':
      'Die Lieferung ist zur Überarbeitung zurückgegeben ({count} Werte).',
    'measurements.delivery.returnTitle': 'Lieferung zurückgeben',
    'measurements.delivery.returnIntro':
      '{indicator}, {period}: {count} Werte. Die Datenverantwortlichen sehen Ihre Begründung und korrigieren die Werte.',
    'measurements.delivery.stale':
      'Jemand anderes hat diese Lieferung inzwischen geändert, ergänzt oder geprüft. Die Liste ist neu geladen; bitte prüfen Sie sie erneut.',

    'measurements.import.title': 'Messwerte importieren',
    'measurements.import.intro':
      'Eine CSV- oder Excel-Datei nach der Vorlage: je Zeile ein Wert mit Indikator, Zeitraum, Aufschlüsselung, Wert, Fallzahl und Quelle.',
    'measurements.import.atomic':
      'Alle Zeilen werden zuerst geprüft. Enthält die Datei Fehler, wird nichts übernommen.',
    'measurements.import.choose': 'Datei auswählen',
    'measurements.import.chosen': 'Ausgewählt: {name}',
    'measurements.import.noFile': 'Keine Datei ausgewählt',
    'measurements.import.upload': 'Importieren',
    'measurements.import.uploading': 'Wird hochgeladen und geprüft …',
    'measurements.import.wrongType': 'Bitte wählen Sie eine CSV- oder Excel-Datei (.csv, .xlsx).',
    'measurements.import.unreadable':
      'Die Datei lässt sich nicht als Tabelle lesen. Bitte verwenden Sie die Vorlage.',
    'measurements.import.done':
      'Import abgeschlossen: {created} Werte angelegt, {updated} korrigiert, {unchanged} unverändert.',
    'measurements.import.errors.title':
      'Die Datei enthält {count} Fehler. Es wurde nichts übernommen.',
    'measurements.import.errors.label': 'Fehler in der Datei',
    'measurements.import.row': 'Zeile',
    'measurements.import.column': 'Feld',
    'measurements.import.message': 'Meldung',
    'measurements.import.wholeFile': 'ganze Datei',
    'measurements.import.code.required': 'Dieses Feld darf nicht leer sein.',
    'measurements.import.code.too_long': 'Höchstens {max} Zeichen.',
    'measurements.import.code.invalid_number': 'Das ist keine Zahl (zum Beispiel 12,5).',
    'measurements.import.code.invalid_cases':
      'Die Fallzahl muss eine ganze Zahl ab 0 sein oder leer bleiben.',
    'measurements.import.code.out_of_range': 'Die Zahl ist zu groß.',
    'measurements.import.code.period_mismatch':
      'Der Zeitraum passt nicht zur Erhebung des Indikators (etwa 2026-11, 2026-Q4, 2026-H2 oder 2026).',
    'measurements.import.code.unknown_indicator':
      'Diesen Indikator gibt es in der Initiative nicht.',
    'measurements.import.code.unknown_value': 'Diese Ausprägung hat das Merkmal nicht.',
    'measurements.import.code.dimension_not_used':
      'Nach diesem Merkmal wird der Indikator nicht aufgeschlüsselt.',
    'measurements.import.code.duplicate':
      'Derselbe Wert (Indikator, Zeitraum, Aufschlüsselung) steht mehrfach in der Datei.',
    'measurements.import.code.duplicate_column': 'Diese Spalte gibt es zweimal.',
    'measurements.import.code.missing_column': 'Diese Spalte fehlt.',
    'measurements.import.code.unknown_column': 'Diese Spalte kennt die Vorlage nicht.',
    'measurements.import.code.too_many_rows': 'Die Datei hat zu viele Zeilen.',
    'measurements.import.code.forbidden':
      'Sie sind für diesen Indikator nicht datenverantwortlich.',
  },
  en: {
    'measurements.entry.title': 'Enter value',
    'measurements.entry.intro': '{name}, unit: {unit}',
    'measurements.entry.review': 'After saving, the coordination office reviews your value.',
    'measurements.entry.period': 'Period',
    'measurements.entry.periodHint': 'The current and past periods; older values via the import.',
    'measurements.entry.cell': 'Breakdown',
    'measurements.entry.cellHint':
      '“Total” for every dimension for the total; otherwise the value per dimension.',
    'measurements.entry.value': 'Value',
    'measurements.entry.valueInvalid': 'Please enter a number, e.g. 12.5.',
    'measurements.entry.valueRange': 'The value is too large.',
    'measurements.entry.cases': 'Cases (optional)',
    'measurements.entry.casesHint': 'How many cases (people) the value rests on.',
    'measurements.entry.casesInvalid': 'Please enter a whole number of 0 or more.',
    'measurements.entry.source': 'Source (optional)',
    'measurements.entry.sourceHint':
      'Where the value comes from, e.g. “school leaver survey, July 31”',
    'measurements.entry.exists':
      'There already is a value for this period and breakdown. Correct it in the table.',

    'measurements.correction.title': 'Correct value',
    'measurements.correction.intro': '{period}, {cell}. The previous value stays in the history.',
    'measurements.correction.reason': 'Reason',
    'measurements.correction.reasonHint': 'Why the value changes, e.g. “late report”.',
    'measurements.correction.review':
      'After the correction, the coordination office reviews the value again.',
    'measurements.correction.unchanged': 'Please change the value, the cases or the source.',

    'measurements.return.title': 'Return value',
    'measurements.return.intro':
      '{indicator}, {period}, {cell}: {value}. The data stewards read your reason and correct the value.',
    'measurements.return.comment': 'Reason',
    'measurements.return.commentHint': 'What to check or change about the value.',

    'measurements.delivery.title': 'Enter delivery',
    'measurements.delivery.gridHint': "The period's total and breakdown. Empty rows are not saved.",
    'measurements.delivery.valueOf': 'Value {cell}',
    'measurements.delivery.casesOf': 'Cases {cell}',
    'measurements.delivery.exists':
      'There already is a value for this in the period. Correct it in the table.',
    'measurements.delivery.casesWithoutValue': 'The value for these cases is missing.',
    'measurements.delivery.empty': 'Please enter at least one value.',
    'measurements.delivery.sourceHint': 'Applies to every value of this delivery.',
    'measurements.delivery.review': 'After saving, the coordination office reviews your values.',
    'measurements.delivery.created': 'The delivery is entered ({count} values).',
    'measurements.delivery.count': '{count} values',
    'measurements.delivery.approve': 'Approve delivery',
    'measurements.delivery.return': 'Return delivery',
    'measurements.delivery.approveItem': 'Approve delivery {indicator}, {period}',
    'measurements.delivery.returnItem': 'Return delivery {indicator}, {period}',
    'measurements.delivery.approved': 'The delivery is approved ({count} values).',
    'measurements.delivery.returned': 'The delivery is returned for revision ({count} values).',
    'measurements.delivery.returnTitle': 'Return delivery',
    'measurements.delivery.returnIntro':
      '{indicator}, {period}: {count} values. The data stewards read your reason and correct the values.',
    'measurements.delivery.stale':
      'Someone else changed, added to or reviewed this delivery meanwhile. The list is reloaded; please review it again.',

    'measurements.import.title': 'Import measurements',
    'measurements.import.intro':
      'A CSV or Excel file following the template: one value per row with indicator, period, breakdown, value, cases and source.',
    'measurements.import.atomic':
      'All rows are checked first. If the file has errors, nothing is imported.',
    'measurements.import.choose': 'Choose file',
    'measurements.import.chosen': 'Chosen: {name}',
    'measurements.import.noFile': 'No file chosen',
    'measurements.import.upload': 'Import',
    'measurements.import.uploading': 'Uploading and checking …',
    'measurements.import.wrongType': 'Please choose a CSV or Excel file (.csv, .xlsx).',
    'measurements.import.unreadable':
      'The file cannot be read as a table. Please use the template.',
    'measurements.import.done':
      'Import complete: {created} values created, {updated} corrected, {unchanged} unchanged.',
    'measurements.import.errors.title': 'The file has {count} errors. Nothing was imported.',
    'measurements.import.errors.label': 'Errors in the file',
    'measurements.import.row': 'Row',
    'measurements.import.column': 'Field',
    'measurements.import.message': 'Message',
    'measurements.import.wholeFile': 'whole file',
    'measurements.import.code.required': 'This field must not be empty.',
    'measurements.import.code.too_long': 'At most {max} characters.',
    'measurements.import.code.invalid_number': 'This is not a number (e.g. 12.5).',
    'measurements.import.code.invalid_cases':
      'Cases must be a whole number of 0 or more, or empty.',
    'measurements.import.code.out_of_range': 'The number is too large.',
    'measurements.import.code.period_mismatch':
      "The period does not fit the indicator's collection (e.g. 2026-11, 2026-Q4, 2026-H2 or 2026).",
    'measurements.import.code.unknown_indicator': 'The initiative has no such indicator.',
    'measurements.import.code.unknown_value': 'The dimension has no such value.',
    'measurements.import.code.dimension_not_used':
      'The indicator is not broken down by this dimension.',
    'measurements.import.code.duplicate':
      'The same value (indicator, period, breakdown) appears more than once in the file.',
    'measurements.import.code.duplicate_column': 'This column appears twice.',
    'measurements.import.code.missing_column': 'This column is missing.',
    'measurements.import.code.unknown_column': 'The template has no such column.',
    'measurements.import.code.too_many_rows': 'The file has too many rows.',
    'measurements.import.code.forbidden': 'You are not a data steward of this indicator.',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    measurementEntry: typeof measurementEntry;
  }
}
