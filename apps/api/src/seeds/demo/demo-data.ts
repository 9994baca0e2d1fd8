import type { Role } from '@gw/shared/contracts';

/** The demo initiative: a youth pact in a fictional mid-sized town. */
export const DEMO_PASSWORD = 'Demo-Passwort-2026';
export const DEMO_EMAIL_DOMAIN = 'demo.gemeinsam-wirken.de';

export const DEMO_INITIATIVE = {
  name: 'Jugendpakt Auenstadt',
  description:
    'Verwaltung, freie Träger, Schulen, Betriebe und Engagierte in Auenstadt (rund 60.000 Einwohner) ' +
    'verabreden sich, damit jeder junge Mensch zwischen 14 und 27 Jahren den Übergang von der Schule in ' +
    'Ausbildung oder Arbeit schafft. Niemand soll verloren gehen: Angebote werden abgestimmt, Lücken ' +
    'gemeinsam geschlossen und die Wirkung regelmäßig gemessen.',
  targetGroups: ['young_people', 'refugees'] as const,
  customTargetGroups: ['Junge Menschen ohne Schulabschluss'],
  municipality: 'Auenstadt',
  districts: ['Altstadt', 'Nordviertel', 'Südstadt', 'Am Hafen', 'Weidenhof'],
  owner: 'Dr. Petra Lindner, Beigeordnete für Jugend, Soziales und Bildung',
};

export interface DemoPerson {
  /** Local part of the e-mail address at DEMO_EMAIL_DOMAIN. */
  login: string;
  displayName: string;
  role: Role;
  /** Printed at start: one login per role. */
  printed?: boolean;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    login: 'koordination',
    displayName: 'Miriam Hoffmann (Koordinationsstelle)',
    role: 'coordination',
    printed: true,
  },
  {
    login: 'steuerung',
    displayName: 'Dr. Petra Lindner (Stadt Auenstadt, Dezernat III)',
    role: 'steering',
    printed: true,
  },
  {
    login: 'arbeitsgruppe',
    displayName: 'Tobias Krüger (AG Übergang Schule–Beruf)',
    role: 'working_group',
    printed: true,
  },
  {
    login: 'partner',
    displayName: 'Aylin Demir (Jugendmigrationsdienst, Caritasverband)',
    role: 'partner',
    printed: true,
  },
  {
    login: 'beobachtung',
    displayName: 'Jan Becker (Beobachter, Seniorenbeirat)',
    role: 'observer',
    printed: true,
  },
  // The core group: representatives of the four areas "Migration und Integration",
  // "Arbeit und Wirtschaft", "Soziales" and "Bildung".
  {
    login: 'auslaenderbehoerde',
    displayName: 'Stefan Wolf (Ausländerbehörde Auenstadt)',
    role: 'steering',
  },
  {
    login: 'integrationszentrum',
    displayName: 'Leyla Aksoy (Kommunales Integrationszentrum)',
    role: 'partner',
  },
  { login: 'jobcenter', displayName: 'Martina Schulz (Jobcenter Auenstadt)', role: 'steering' },
  {
    login: 'arbeitsagentur',
    displayName: 'Frank Neumann (Agentur für Arbeit, Berufsberatung)',
    role: 'partner',
  },
  {
    login: 'handwerkskammer',
    displayName: 'Klaus Richter (Kreishandwerkerschaft Auenstadt)',
    role: 'partner',
  },
  {
    login: 'stadtwerke',
    displayName: 'Sabine Koch (Stadtwerke Auenstadt, Ausbildungsleitung)',
    role: 'partner',
  },
  { login: 'jugendamt', displayName: 'Andreas Meyer (Jugendamt Auenstadt)', role: 'steering' },
  {
    login: 'awo',
    displayName: 'Nicole Braun (AWO Kreisverband, Jugendsozialarbeit)',
    role: 'partner',
  },
  { login: 'schulamt', displayName: 'Thomas Schmitt (Schulverwaltungsamt)', role: 'steering' },
  {
    login: 'berufskolleg',
    displayName: 'Julia Zimmermann (Berufskolleg am Hafen)',
    role: 'working_group',
  },
];
