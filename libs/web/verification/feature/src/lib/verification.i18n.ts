import { VERSION_STATUS_NAMES } from '@gw/shared/contracts';
import { keyedNames, translations } from '@gw/web/shared/i18n';

/**
 * The public verification page (`/verify`), and the words for a tracked document that it shares
 * with the agreement page: the kinds of documents and the states of a version (from the
 * contracts, as the API's PDFs name them).
 */
export const verification = translations({
  de: {
    ...keyedNames('versionStatus', VERSION_STATUS_NAMES.de),
    'artifactKind.agreement': 'Kooperationsvereinbarung',
    'artifactKind.action_plan': 'Aktionsplan',
    'artifactKind.impact_report': 'Tätigkeits- und Wirkungsbericht',
    'verify.title': 'Dokument prüfen',
    'verify.intro':
      'Auf jedem Dokument aus Gemeinsam Wirken steht ein Prüfwert. Geben Sie ihn hier ein: Sie sehen dann, zu welcher Initiative und Fassung das Dokument gehört und wer es unterzeichnet hat.',
    'verify.hash': 'Prüfwert (SHA-256)',
    'verify.hashHint': '64 Zeichen aus den Ziffern 0–9 und den Buchstaben a–f',
    'verify.invalid': 'Ein Prüfwert besteht aus genau 64 Zeichen: Ziffern 0–9 und Buchstaben a–f.',
    'verify.submit': 'Prüfen',
    'verify.checking': 'Der Prüfwert wird geprüft …',
    'verify.found.title': 'Dieses Dokument ist bekannt',
    'verify.found.text':
      'Der Prüfwert gehört zu der unten genannten Fassung. Stimmt er mit dem auf Ihrem Dokument überein, ist dessen Inhalt unverändert.',
    'verify.initiative': 'Initiative',
    'verify.document': 'Dokument',
    'verify.version': 'Fassung',
    'verify.versionNumber': 'Fassung {n}',
    'verify.status': 'Status',
    'verify.contentHash': 'Prüfwert',
    'verify.signatures': 'Unterzeichnungen',
    'verify.noSignatures': 'Für diese Fassung liegen noch keine Unterzeichnungen vor.',
    'verify.partner': 'Partner',
    'verify.decision': 'Entscheidung',
    'verify.date': 'Datum',
    'verify.decision.sign': 'unterzeichnet',
    'verify.decision.decline': 'abgelehnt',
    'verify.statusHint.signing':
      'Die Unterzeichnung dieser Fassung läuft noch. Sie ist noch nicht in Kraft.',
    'verify.statusHint.in_force': 'Alle Partner haben unterzeichnet. Diese Fassung ist in Kraft.',
    'verify.statusHint.declined':
      'Ein Partner hat diese Fassung abgelehnt. Sie ist nicht in Kraft getreten.',
    'verify.statusHint.superseded':
      'Diese Fassung war in Kraft und wurde durch eine neuere Fassung abgelöst.',
    'verify.unknown.title': 'Unbekannter Prüfwert',
    'verify.unknown.text':
      'Zu diesem Prüfwert ist kein Dokument bekannt. Prüfen Sie, ob Sie ihn vollständig und richtig abgeschrieben haben. Stimmt er, wurde das Dokument verändert oder stammt nicht aus Gemeinsam Wirken.',
    'verify.another': 'Anderen Prüfwert prüfen',
  },
  en: {
    ...keyedNames('versionStatus', VERSION_STATUS_NAMES.en),
    'artifactKind.agreement': 'Cooperation agreement',
    'artifactKind.action_plan': 'Action plan',
    'artifactKind.impact_report': 'Activity and impact report',
    'verify.title': 'Verify a document',
    'verify.intro':
      'Every document from Gemeinsam Wirken carries a verification code. Enter it here to see which initiative and version the document belongs to and who signed it.',
    'verify.hash': 'Verification code (SHA-256)',
    'verify.hashHint': '64 characters: the digits 0–9 and the letters a–f',
    'verify.invalid':
      'A verification code has exactly 64 characters: the digits 0–9 and the letters a–f.',
    'verify.submit': 'Verify',
    'verify.checking': 'Checking the verification code …',
    'verify.found.title': 'This document is known',
    'verify.found.text':
      'The code belongs to the version below. If it matches the code on your document, the content of the document is unchanged.',
    'verify.initiative': 'Initiative',
    'verify.document': 'Document',
    'verify.version': 'Version',
    'verify.versionNumber': 'Version {n}',
    'verify.status': 'Status',
    'verify.contentHash': 'Verification code',
    'verify.signatures': 'Signatures',
    'verify.noSignatures': 'No signatures for this version yet.',
    'verify.partner': 'Partner',
    'verify.decision': 'Decision',
    'verify.date': 'Date',
    'verify.decision.sign': 'signed',
    'verify.decision.decline': 'declined',
    'verify.statusHint.signing':
      'The signature round of this version is still running. It is not in force yet.',
    'verify.statusHint.in_force': 'All partners have signed. This version is in force.',
    'verify.statusHint.declined': 'A partner declined this version. It never came into force.',
    'verify.statusHint.superseded':
      'This version was in force and has been superseded by a newer one.',
    'verify.unknown.title': 'Unknown verification code',
    'verify.unknown.text':
      'No document is known for this code. Check that you copied it completely and correctly. If it is correct, the document has been changed or does not come from Gemeinsam Wirken.',
    'verify.another': 'Verify another code',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    verification: typeof verification;
  }
}
