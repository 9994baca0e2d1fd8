import type { FeatureTexts } from '@gw/web/shared/i18n';

/*
 * Texts for the specs of shared/ui, as the features that use its views have them (German, plus
 * English where a spec switches the language). A copy: the features import this library, so its
 * specs cannot import their dictionaries.
 */

const importWords = {
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
  'actors.import.title': 'Akteure importieren',
  'actors.import.intro':
    'Laden Sie eine CSV- oder Excel-Datei hoch, am einfachsten einen Export dieser Tabelle. Die Zeilen werden über den Namen zugeordnet: Bekannte Akteure werden aktualisiert, neue angelegt.',
  'actors.import.atomic': 'Enthält die Datei Fehler, wird nichts übernommen.',
  'actors.import.choose': 'Datei auswählen',
  'actors.import.chosen': 'Ausgewählte Datei: {name}',
  'actors.import.noFile': 'Noch keine Datei ausgewählt.',
  'actors.import.upload': 'Importieren',
  'actors.import.wrongType': 'Bitte wählen Sie eine CSV- oder Excel-Datei (.csv oder .xlsx).',
  'actors.import.done':
    'Import abgeschlossen: {created} Akteure angelegt, {updated} aktualisiert, {unchanged} unverändert.',
  'actors.import.errors.title':
    'Die Datei enthält {count} Fehler. Es wurde nichts übernommen. Bitte korrigieren Sie die Datei und laden Sie sie erneut hoch.',
  'actors.import.errors.label': 'Fehler in der Datei',
  'actors.import.row': 'Zeile',
  'actors.import.column': 'Spalte',
  'actors.import.message': 'Fehler',
  'actors.import.wholeFile': 'Datei',
  'actors.import.unreadable':
    'Die Datei lässt sich nicht als Akteurstabelle lesen. Bitte laden Sie eine CSV- oder Excel-Datei hoch, am einfachsten einen Export dieser Tabelle.',
  'actors.import.line': 'Eintrag {n}',
} as const;

/** The import dialog of the Messwerte and of the actor table (German). */
export const IMPORT_TEXTS = { de: importWords, en: {} } satisfies FeatureTexts;

const periodWords = {
  de: {
    'measurements.period.quarter': '{n}. Quartal {year}',
    'measurements.period.half': '{n}. Halbjahr {year}',
  },
  en: {
    'measurements.period.quarter': 'Q{n} {year}',
    'measurements.period.half': 'H{n} {year}',
  },
} as const;

/** The quarters and half-years of the Messwerte. */
export const PERIOD_TEXTS = periodWords satisfies FeatureTexts;

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    sharedUiSamples: { de: typeof importWords & (typeof periodWords)['de'] };
  }
}
