import type { ActorInput, BodyType } from '@gw/shared/contracts';

/** An actor of the demo's actor table, with the demo logins that represent it. */
export interface DemoActor extends Required<ActorInput> {
  representedBy: string[];
}

const contact = (name: string, fn: string, email: string, phone: string) => ({
  name,
  function: fn,
  email,
  phone,
});

/**
 * The actor table of "Jugendpakt Auenstadt": the four core areas and a few more, ten of them
 * partners who sign the cooperation agreement.
 */
export const DEMO_ACTORS: DemoActor[] = [
  {
    name: 'Ausländerbehörde Auenstadt',
    area: 'migration_integration',
    kind: 'administration',
    contacts: [
      contact(
        'Stefan Wolf',
        'Sachgebietsleitung Aufenthalt',
        'stefan.wolf@auenstadt.de',
        '02331 204-310',
      ),
    ],
    existingCooperation: true,
    plannedCoreGroup: true,
    extendedForums: false,
    contributions:
      'Klärt aufenthaltsrechtliche Fragen früh, z. B. Ausbildungsduldung; feste Ansprechperson für die Beratungsstellen.',
    resources: 'Sprechstunde für Fachkräfte einmal im Monat',
    website: 'https://www.auenstadt.de/auslaenderbehoerde',
    isPartner: true,
    representedBy: ['auslaenderbehoerde'],
  },
  {
    name: 'Kommunales Integrationszentrum',
    area: 'migration_integration',
    kind: 'administration',
    contacts: [
      contact('Leyla Aksoy', 'Leitung', 'leyla.aksoy@auenstadt.de', '02331 204-520'),
      contact(
        'Murat Yilmaz',
        'Bildungskoordination Neuzugewanderte',
        'murat.yilmaz@auenstadt.de',
        '02331 204-523',
      ),
    ],
    existingCooperation: true,
    plannedCoreGroup: true,
    extendedForums: true,
    contributions:
      'Seiteneinstiegsberatung für neu zugewanderte Jugendliche, Sprachmittlerpool, Kontakte zu Migrantenorganisationen.',
    resources: 'Sprachmittlerpool (12 Sprachen), Räume im Haus der Integration',
    website: 'https://www.ki-auenstadt.de',
    isPartner: true,
    representedBy: ['integrationszentrum'],
  },
  {
    name: 'Jugendmigrationsdienst (Caritas)',
    area: 'migration_integration',
    kind: 'independent_provider',
    contacts: [
      contact('Aylin Demir', 'Leitung', 'aylin.demir@caritas-auenstadt.de', '02331 9088-41'),
    ],
    existingCooperation: true,
    plannedCoreGroup: true,
    extendedForums: true,
    contributions:
      'Case Management für junge Zugewanderte von 12 bis 27 Jahren; Begleitung in Praktikum und Ausbildung.',
    resources: '2,5 Beratungsstellen, Gruppenraum',
    website: 'https://www.caritas-auenstadt.de/jmd',
    isPartner: true,
    representedBy: ['partner'],
  },
  {
    name: 'Brücke e. V. – Migrantenselbstorganisation',
    area: 'migration_integration',
    kind: 'association',
    contacts: [contact('Dilan Kaya', 'Vorsitzende', 'kontakt@bruecke-auenstadt.de', '')],
    existingCooperation: false,
    plannedCoreGroup: false,
    extendedForums: true,
    contributions:
      'Zugang zu Familien, Elternabende in mehreren Sprachen, ehrenamtliche Lernpatenschaften.',
    resources: '',
    website: '',
    isPartner: false,
    representedBy: [],
  },
  {
    name: 'Jobcenter Auenstadt',
    area: 'work_economy',
    kind: 'administration',
    contacts: [
      contact(
        'Martina Schulz',
        'Teamleitung U25',
        'martina.schulz@jobcenter-ge.de',
        '02331 877-250',
      ),
    ],
    existingCooperation: true,
    plannedCoreGroup: true,
    extendedForums: false,
    contributions:
      'Fallmanagement U25, Förderung von Einstiegsqualifizierung und assistierter Ausbildung.',
    resources: 'Eingliederungsmittel, Jugendberufsagentur-Büro am Hafen',
    website: 'https://www.jobcenter-auenstadt.de',
    isPartner: true,
    representedBy: ['jobcenter'],
  },
  {
    name: 'Agentur für Arbeit, Berufsberatung',
    area: 'work_economy',
    kind: 'administration',
    contacts: [
      contact(
        'Frank Neumann',
        'Berufsberater',
        'auenstadt.berufsberatung@arbeitsagentur.de',
        '0800 4 5555 00',
      ),
    ],
    existingCooperation: true,
    plannedCoreGroup: false,
    extendedForums: true,
    contributions:
      'Berufsberatung in allen Abgangsklassen, Ausbildungsstellenvermittlung, Berufsorientierungsmaßnahmen.',
    resources: 'Berufsinformationszentrum',
    website: 'https://www.arbeitsagentur.de',
    isPartner: true,
    representedBy: ['arbeitsagentur'],
  },
  {
    name: 'Kreishandwerkerschaft Auenstadt',
    area: 'work_economy',
    kind: 'association',
    contacts: [
      contact('Klaus Richter', 'Geschäftsführer', 'richter@kh-auenstadt.de', '02331 3011-0'),
    ],
    existingCooperation: true,
    plannedCoreGroup: true,
    extendedForums: false,
    contributions:
      'Praktikums- und Ausbildungsplätze in 24 Innungen, Ausbildungsbotschafter an Schulen.',
    resources: 'Lehrwerkstatt für Schnuppertage',
    website: 'https://www.handwerk-auenstadt.de',
    isPartner: true,
    representedBy: ['handwerkskammer'],
  },
  {
    name: 'Stadtwerke Auenstadt',
    area: 'work_economy',
    kind: 'company',
    contacts: [
      contact(
        'Sabine Koch',
        'Ausbildungsleitung',
        'ausbildung@stadtwerke-auenstadt.de',
        '02331 16-4400',
      ),
    ],
    existingCooperation: false,
    plannedCoreGroup: false,
    extendedForums: true,
    contributions:
      'Zehn Ausbildungsplätze im Jahr, davon zwei für junge Geflüchtete; Betriebserkundungen.',
    resources: 'Sponsoring des Ausbildungsmarkts',
    website: 'https://www.stadtwerke-auenstadt.de',
    isPartner: true,
    representedBy: ['stadtwerke'],
  },
  {
    name: 'Jugendamt Auenstadt',
    area: 'social',
    kind: 'administration',
    contacts: [
      contact(
        'Andreas Meyer',
        'Abteilungsleitung Jugendhilfe',
        'andreas.meyer@auenstadt.de',
        '02331 204-600',
      ),
    ],
    existingCooperation: true,
    plannedCoreGroup: true,
    extendedForums: false,
    contributions: 'Jugendsozialarbeit, Hilfen für junge Volljährige, Jugendhilfeplanung.',
    resources: 'Förderprogramm Jugendsozialarbeit',
    website: 'https://www.auenstadt.de/jugendamt',
    isPartner: true,
    representedBy: ['jugendamt'],
  },
  {
    name: 'AWO Kreisverband Auenstadt',
    area: 'social',
    kind: 'independent_provider',
    contacts: [
      contact(
        'Nicole Braun',
        'Fachbereich Jugendsozialarbeit',
        'n.braun@awo-auenstadt.de',
        '02331 5050-12',
      ),
      contact(
        'Jonas Weber',
        'Schulsozialarbeit Berufskolleg',
        'j.weber@awo-auenstadt.de',
        '02331 5050-17',
      ),
    ],
    existingCooperation: true,
    plannedCoreGroup: true,
    extendedForums: true,
    contributions:
      'Schulsozialarbeit an drei Schulen, Jugendwerkstatt für junge Menschen ohne Abschluss.',
    resources: 'Jugendwerkstatt mit 20 Plätzen',
    website: 'https://www.awo-auenstadt.de',
    isPartner: true,
    representedBy: ['awo'],
  },
  {
    name: 'Jugendparlament Auenstadt',
    area: 'social',
    kind: 'target_group_representation',
    contacts: [contact('Lea Hartmann', 'Sprecherin', 'jugendparlament@auenstadt.de', '')],
    existingCooperation: false,
    plannedCoreGroup: true,
    extendedForums: true,
    contributions:
      'Stimme der Zielgruppe: Befragungen an Schulen, Mitwirkung in der Steuerungsgruppe.',
    resources: '',
    website: '',
    isPartner: false,
    representedBy: [],
  },
  {
    name: 'Schulverwaltungsamt',
    area: 'education',
    kind: 'administration',
    contacts: [
      contact('Thomas Schmitt', 'Amtsleitung', 'thomas.schmitt@auenstadt.de', '02331 204-400'),
    ],
    existingCooperation: true,
    plannedCoreGroup: true,
    extendedForums: false,
    contributions:
      'Daten zu Schulabgängen, Koordination der Schulen, Kommunale Koordinierung „Kein Abschluss ohne Anschluss“.',
    resources: 'Schulstatistik, Räume in Schulen',
    website: 'https://www.auenstadt.de/schule',
    isPartner: true,
    representedBy: ['schulamt'],
  },
  {
    name: 'Berufskolleg am Hafen',
    area: 'education',
    kind: 'administration',
    contacts: [
      contact(
        'Julia Zimmermann',
        'Abteilungsleitung Ausbildungsvorbereitung',
        'zimmermann@bk-hafen.de',
        '02331 7720-0',
      ),
    ],
    existingCooperation: true,
    plannedCoreGroup: false,
    extendedForums: true,
    contributions: 'Internationale Förderklassen, Ausbildungsvorbereitung, Praktikumsbegleitung.',
    resources: 'Werkstätten, Lehrkräfte für Deutsch als Zweitsprache',
    website: 'https://www.bk-hafen.de',
    isPartner: false,
    representedBy: ['berufskolleg'],
  },
  {
    name: 'Lesepaten Auenstadt e. V.',
    area: 'education',
    kind: 'association',
    contacts: [contact('Gisela Franke', 'Koordination', 'info@lesepaten-auenstadt.de', '')],
    existingCooperation: false,
    plannedCoreGroup: false,
    extendedForums: true,
    contributions: '40 Ehrenamtliche für Lese- und Lernpatenschaften an Grund- und Hauptschulen.',
    resources: '',
    website: '',
    isPartner: false,
    representedBy: [],
  },
  {
    name: 'Bürgerstiftung Auenstadt',
    area: 'other',
    kind: 'foundation',
    contacts: [
      contact('Dr. Hans Vogt', 'Vorstand', 'vorstand@buergerstiftung-auenstadt.de', '02331 9120'),
    ],
    existingCooperation: true,
    plannedCoreGroup: false,
    extendedForums: false,
    contributions: 'Anschubfinanzierung der Koordinationsstelle, kleine Projektmittel.',
    resources: '25.000 € im Jahr für Projekte am Übergang Schule–Beruf',
    website: 'https://www.buergerstiftung-auenstadt.de',
    isPartner: false,
    representedBy: [],
  },
  {
    name: 'Ausschuss für Schule, Jugend und Soziales',
    area: 'other',
    kind: 'politics',
    contacts: [
      contact('Renate Albers', 'Ausschussvorsitzende', 'ratsbuero@auenstadt.de', '02331 204-100'),
    ],
    existingCooperation: false,
    plannedCoreGroup: false,
    extendedForums: true,
    contributions: 'Politische Rückendeckung, Beschluss über die Stelle der Koordination.',
    resources: '',
    website: '',
    isPartner: false,
    representedBy: [],
  },
];

/** Bodies that already exist in Auenstadt, with their members by actor name. */
export const DEMO_BODIES: { name: string; type: BodyType; notes: string; members: string[] }[] = [
  {
    name: 'Jugendhilfeausschuss der Stadt Auenstadt',
    type: 'committee',
    notes: 'Tagt sechsmal im Jahr; berät die Jugendhilfeplanung.',
    members: [
      'Jugendamt Auenstadt',
      'AWO Kreisverband Auenstadt',
      'Jugendmigrationsdienst (Caritas)',
    ],
  },
  {
    name: 'Arbeitskreis Übergang Schule–Beruf',
    type: 'working_circle',
    notes: 'Seit 2019, monatlich; Vorläufer der AG Übergang im Jugendpakt.',
    members: [
      'Schulverwaltungsamt',
      'Berufskolleg am Hafen',
      'Agentur für Arbeit, Berufsberatung',
      'Jobcenter Auenstadt',
      'AWO Kreisverband Auenstadt',
    ],
  },
  {
    name: 'Ausbildungskonsens Auenstadt',
    type: 'cooperation_agreement',
    notes: 'Vereinbarung von 2021 über zusätzliche Ausbildungsplätze.',
    members: [
      'Agentur für Arbeit, Berufsberatung',
      'Jobcenter Auenstadt',
      'Kreishandwerkerschaft Auenstadt',
      'Stadtwerke Auenstadt',
    ],
  },
];
