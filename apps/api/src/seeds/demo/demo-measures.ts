import type { MeasureStatus } from '@gw/shared/contracts';

/** A working group of the demo, with its members by demo login and its actors by name. */
export interface DemoWorkingGroup {
  name: string;
  mandate: string;
  lead: string;
  members: string[];
  actors: string[];
}

export const DEMO_WORKING_GROUPS: DemoWorkingGroup[] = [
  {
    name: 'AG Übergang Schule–Beruf',
    mandate:
      'Sorgt dafür, dass jede Schülerin und jeder Schüler der Abgangsklassen eine Anschlussperspektive hat: Übergangscoaching, Praktika, Ausbildungsmesse und eine gemeinsame Verbleibsabfrage.',
    lead: 'arbeitsgruppe',
    members: ['arbeitsgruppe', 'schulamt', 'arbeitsagentur', 'awo'],
    actors: [
      'Schulverwaltungsamt',
      'Agentur für Arbeit, Berufsberatung',
      'AWO Kreisverband Auenstadt',
      'Jobcenter Auenstadt',
      'Stadtwerke Auenstadt',
    ],
  },
  {
    name: 'AG Ankommen',
    mandate:
      'Junge Zugewanderte erhalten in den ersten drei Monaten Sprachförderung, Beratung und einen Platz in Schule oder Ausbildungsvorbereitung.',
    lead: 'integrationszentrum',
    members: ['integrationszentrum', 'auslaenderbehoerde', 'partner'],
    actors: [
      'Kommunales Integrationszentrum',
      'Ausländerbehörde Auenstadt',
      'Jugendmigrationsdienst (Caritas)',
      'Brücke e. V. – Migrantenselbstorganisation',
    ],
  },
  {
    name: 'AG Ausbildung stabilisieren',
    mandate:
      'Begleitet Auszubildende und Betriebe, bevor es kriselt, damit die Abbruchquote bis 2029 halbiert wird.',
    lead: 'berufskolleg',
    members: ['berufskolleg', 'handwerkskammer', 'stadtwerke', 'jobcenter'],
    actors: [
      'Berufskolleg am Hafen',
      'Kreishandwerkerschaft Auenstadt',
      'Stadtwerke Auenstadt',
      'Jobcenter Auenstadt',
    ],
  },
];

/** A measure of the demo; goals by position (1–4), everything else by name. */
export interface DemoMeasure {
  title: string;
  description: string;
  goals: number[];
  group: string | null;
  lead: string;
  contributing: string[];
  startDate: string;
  endDate: string;
  status: MeasureStatus;
  progress: number;
  milestones: { title: string; dueDate: string; done: boolean }[];
  resources: { actor: string; eur?: number; staffHours?: number; inKind?: string }[];
  dependsOn: string[];
  notes: string;
}

const UEBERGANG = 'AG Übergang Schule–Beruf';
const ANKOMMEN = 'AG Ankommen';
const AUSBILDUNG = 'AG Ausbildung stabilisieren';

export const DEMO_MEASURES: DemoMeasure[] = [
  {
    title: 'Auftaktwerkstatt mit Schulen und Betrieben',
    description:
      'Schulleitungen, Betriebe und Beratungsstellen sammeln, wo der Übergang heute hakt, und verabreden die ersten Maßnahmen.',
    goals: [1, 2],
    group: UEBERGANG,
    lead: 'Schulverwaltungsamt',
    contributing: ['Agentur für Arbeit, Berufsberatung', 'Kreishandwerkerschaft Auenstadt'],
    startDate: '2026-09-10',
    endDate: '2026-09-10',
    status: 'completed',
    progress: 100,
    milestones: [{ title: 'Dokumentation verschickt', dueDate: '2026-09-30', done: true }],
    resources: [{ actor: 'Schulverwaltungsamt', staffHours: 40, inKind: 'Aula der Gesamtschule' }],
    dependsOn: [],
    notes: '48 Teilnehmende aus 23 Organisationen.',
  },
  {
    title: 'Übergangscoaching an allen Haupt- und Gesamtschulen',
    description:
      'Feste Coaches begleiten Jugendliche ab Klasse 9 individuell bis in die Ausbildung, auch über den Schulabschluss hinaus.',
    goals: [1],
    group: UEBERGANG,
    lead: 'AWO Kreisverband Auenstadt',
    contributing: ['Schulverwaltungsamt', 'Jugendamt Auenstadt'],
    startDate: '2026-09-01',
    endDate: '2028-07-31',
    status: 'running',
    progress: 30,
    milestones: [
      { title: 'Coaches an allen fünf Schulen im Einsatz', dueDate: '2026-11-30', done: true },
      { title: 'Zwischenbilanz mit den Schulleitungen', dueDate: '2027-03-31', done: false },
      { title: 'Anschlussfinanzierung geklärt', dueDate: '2028-03-31', done: false },
    ],
    resources: [
      { actor: 'AWO Kreisverband Auenstadt', eur: 48000, staffHours: 1600 },
      { actor: 'Jugendamt Auenstadt', eur: 35000 },
      { actor: 'Bürgerstiftung Auenstadt', eur: 12000 },
    ],
    dependsOn: ['Auftaktwerkstatt mit Schulen und Betrieben'],
    notes: '',
  },
  {
    title: 'Berufsorientierungs-Praktika ab Klasse 8',
    description:
      'Jede Schülerin und jeder Schüler ab Klasse 8 absolviert zwei Praktika in Betrieben der Region; die Kreishandwerkerschaft vermittelt.',
    goals: [2],
    group: UEBERGANG,
    lead: 'Agentur für Arbeit, Berufsberatung',
    contributing: ['Kreishandwerkerschaft Auenstadt', 'Stadtwerke Auenstadt'],
    startDate: '2026-10-01',
    endDate: '2027-07-15',
    status: 'running',
    progress: 45,
    milestones: [
      { title: '100 Praktikumsplätze zugesagt', dueDate: '2026-12-15', done: true },
      { title: 'Erste Praktikumswoche', dueDate: '2027-02-01', done: false },
    ],
    resources: [
      { actor: 'Agentur für Arbeit, Berufsberatung', staffHours: 300 },
      {
        actor: 'Kreishandwerkerschaft Auenstadt',
        staffHours: 120,
        inKind: '120 Praktikumsplätze in Mitgliedsbetrieben',
      },
      { actor: 'Stadtwerke Auenstadt', staffHours: 200, inKind: '15 Praktikumsplätze' },
    ],
    dependsOn: [],
    notes: '',
  },
  {
    title: 'Ausbildungsmesse „Zukunft Auenstadt“',
    description: 'Eine Messe mit 40 Betrieben, Speed-Dating und Bewerbungsmappen-Check.',
    goals: [2, 1],
    group: UEBERGANG,
    lead: 'Stadtwerke Auenstadt',
    contributing: ['Kreishandwerkerschaft Auenstadt', 'Jugendparlament Auenstadt'],
    startDate: '2027-03-01',
    endDate: '2027-05-20',
    status: 'planned',
    progress: 0,
    milestones: [
      { title: 'Aussteller gewonnen', dueDate: '2027-03-31', done: false },
      { title: 'Messetag in der Stadthalle', dueDate: '2027-05-20', done: false },
    ],
    resources: [
      { actor: 'Stadtwerke Auenstadt', eur: 8000, inKind: 'Stadthalle und Veranstaltungstechnik' },
      { actor: 'Bürgerstiftung Auenstadt', eur: 3000 },
    ],
    dependsOn: ['Berufsorientierungs-Praktika ab Klasse 8'],
    notes: '',
  },
  {
    title: 'Gemeinsame Verbleibsabfrage der Abgangsklassen',
    description:
      'Schulen, Berufskolleg und Berufsberatung erheben einmal im Jahr, wo die Abgängerinnen und Abgänger ankommen.',
    goals: [1],
    group: UEBERGANG,
    lead: 'Schulverwaltungsamt',
    contributing: ['Berufskolleg am Hafen', 'Agentur für Arbeit, Berufsberatung'],
    startDate: '2026-09-15',
    endDate: '2027-02-28',
    status: 'delayed',
    progress: 40,
    milestones: [
      { title: 'Fragebogen abgestimmt', dueDate: '2026-10-31', done: true },
      { title: 'Datenschutzprüfung abgeschlossen', dueDate: '2026-11-15', done: false },
    ],
    resources: [{ actor: 'Schulverwaltungsamt', staffHours: 160 }],
    dependsOn: [],
    notes: 'Die Datenschutzprüfung dauert länger als geplant; neuer Termin Mitte Dezember.',
  },
  {
    title: 'Sprachförderung vor Ausbildungsbeginn',
    description:
      'Berufsbezogene Deutschkurse (B1/B2) für junge Zugewanderte, die im Sommer eine Ausbildung beginnen.',
    goals: [4, 3],
    group: ANKOMMEN,
    lead: 'Kommunales Integrationszentrum',
    contributing: ['Jugendmigrationsdienst (Caritas)', 'Berufskolleg am Hafen'],
    startDate: '2026-08-15',
    endDate: '2027-12-31',
    status: 'running',
    progress: 55,
    milestones: [
      { title: 'Zwei Kurse gestartet', dueDate: '2026-09-30', done: true },
      { title: 'Dritter Kurs am Berufskolleg', dueDate: '2027-02-15', done: false },
    ],
    resources: [
      { actor: 'Kommunales Integrationszentrum', eur: 22000, staffHours: 240 },
      { actor: 'Berufskolleg am Hafen', inKind: 'Unterrichtsräume am Nachmittag' },
    ],
    dependsOn: [],
    notes: '',
  },
  {
    title: 'Clearingstelle für junge Geflüchtete',
    description:
      'Eine Anlaufstelle klärt in den ersten vier Wochen Aufenthalt, Schulbesuch, Sprachstand und nächste Schritte.',
    goals: [4],
    group: ANKOMMEN,
    lead: 'Jugendmigrationsdienst (Caritas)',
    contributing: ['Ausländerbehörde Auenstadt', 'Jobcenter Auenstadt'],
    startDate: '2026-10-01',
    endDate: '2028-09-30',
    status: 'running',
    progress: 20,
    milestones: [
      { title: 'Räume im Haus der Integration bezogen', dueDate: '2026-10-15', done: true },
      { title: 'Feste Sprechzeiten der Ausländerbehörde', dueDate: '2027-01-31', done: false },
    ],
    resources: [
      { actor: 'Jugendmigrationsdienst (Caritas)', staffHours: 780 },
      { actor: 'Jobcenter Auenstadt', eur: 25000 },
      { actor: 'Ausländerbehörde Auenstadt', staffHours: 96, inKind: 'Monatliche Sprechstunde' },
    ],
    dependsOn: [],
    notes: '',
  },
  {
    title: 'Ausbildungspatenschaften',
    description:
      'Ehrenamtliche Patinnen und Paten begleiten junge Zugewanderte durch das erste Ausbildungsjahr.',
    goals: [4, 3],
    group: ANKOMMEN,
    lead: 'Brücke e. V. – Migrantenselbstorganisation',
    contributing: ['Lesepaten Auenstadt e. V.'],
    startDate: '2027-01-15',
    endDate: '2027-12-31',
    status: 'planned',
    progress: 0,
    milestones: [{ title: '20 Patinnen und Paten geschult', dueDate: '2027-03-31', done: false }],
    resources: [
      { actor: 'Brücke e. V. – Migrantenselbstorganisation', staffHours: 400 },
      { actor: 'Bürgerstiftung Auenstadt', eur: 4500 },
    ],
    dependsOn: ['Clearingstelle für junge Geflüchtete'],
    notes: '',
  },
  {
    title: 'Frühwarnsystem Ausbildungsabbruch am Berufskolleg',
    description:
      'Lehrkräfte melden Warnzeichen (Fehlzeiten, Noten, Konflikte) vertraulich an die Ausbildungsbegleitung.',
    goals: [3],
    group: AUSBILDUNG,
    lead: 'Berufskolleg am Hafen',
    contributing: ['Kreishandwerkerschaft Auenstadt'],
    startDate: '2026-11-01',
    endDate: '2027-06-30',
    status: 'delayed',
    progress: 15,
    milestones: [
      { title: 'Meldebogen mit den Bildungsgängen abgestimmt', dueDate: '2026-11-20', done: false },
    ],
    resources: [{ actor: 'Berufskolleg am Hafen', staffHours: 120 }],
    dependsOn: ['Gemeinsame Verbleibsabfrage der Abgangsklassen'],
    notes: 'Wartet auf die Datenschutzregeln der Verbleibsabfrage.',
  },
  {
    title: 'Ausbildungsbegleitung im ersten Lehrjahr',
    description:
      'Eine Begleiterin besucht Auszubildende und Betriebe regelmäßig und vermittelt früh, wenn es hakt.',
    goals: [3],
    group: AUSBILDUNG,
    lead: 'Kreishandwerkerschaft Auenstadt',
    contributing: ['Berufskolleg am Hafen', 'AWO Kreisverband Auenstadt'],
    startDate: '2026-09-01',
    endDate: '2028-08-31',
    status: 'running',
    progress: 35,
    milestones: [
      { title: '60 Auszubildende in Begleitung', dueDate: '2027-01-31', done: false },
      { title: 'Austausch mit den Ausbildungsbetrieben', dueDate: '2027-04-30', done: false },
    ],
    resources: [
      { actor: 'Kreishandwerkerschaft Auenstadt', eur: 30000, staffHours: 900 },
      { actor: 'Jobcenter Auenstadt', eur: 18000 },
      { actor: 'Stadtwerke Auenstadt', eur: 5000 },
    ],
    dependsOn: ['Frühwarnsystem Ausbildungsabbruch am Berufskolleg'],
    notes: '',
  },
  {
    title: 'Azubi-Wohnen im Hafenquartier',
    description: 'Günstige Zimmer für Auszubildende, die nicht mehr zu Hause wohnen können.',
    goals: [3, 4],
    group: AUSBILDUNG,
    lead: 'Stadtwerke Auenstadt',
    contributing: [],
    startDate: '2026-09-01',
    endDate: '2027-08-31',
    status: 'cancelled',
    progress: 10,
    milestones: [{ title: 'Objekt gefunden', dueDate: '2026-10-31', done: false }],
    resources: [],
    dependsOn: [],
    notes:
      'Kein geeignetes Objekt gefunden; das Thema geht an den Ausschuss für Schule, Jugend und Soziales.',
  },
];
