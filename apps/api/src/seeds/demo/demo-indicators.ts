import type {
  CollectionFrequency,
  IndicatorCategory,
  IndicatorDirection,
  IndicatorVisibility,
} from '@gw/shared/contracts';
import { DEMO_INITIATIVE } from './demo-data';

/** The disaggregation dimensions of the demo, values in order. */
export const DEMO_DIMENSIONS: { name: string; values: string[] }[] = [
  { name: 'Stadtteil', values: [...DEMO_INITIATIVE.districts] },
  { name: 'Altersgruppe', values: ['14–17', '18–21', '22–27'] },
];

/** An indicator of the demo; goals by position (1–4), everything else by name or login. */
export interface DemoIndicator {
  name: string;
  definition: string;
  unit: string;
  direction: IndicatorDirection;
  category: IndicatorCategory;
  goals: number[];
  baseline: { value: number | null; date: string | null };
  targets: { value: number; date: string }[];
  frequency: CollectionFrequency;
  dataSource: string;
  responsible: string;
  stewards: string[];
  dimensions: string[];
  visibility: IndicatorVisibility;
  measures: string[];
}

export const DEMO_INDICATORS: DemoIndicator[] = [
  {
    name: 'Teilnehmende am Übergangscoaching',
    definition: 'Jugendliche, die im Quartal mindestens drei Coaching-Termine wahrgenommen haben.',
    unit: 'Personen',
    direction: 'higher_is_better',
    category: 'how_much',
    goals: [1],
    baseline: { value: 0, date: '2026-08-31' },
    targets: [
      { value: 250, date: '2027-07-31' },
      { value: 400, date: '2028-07-31' },
    ],
    frequency: 'quarterly',
    dataSource: 'Dokumentation der Coaches (AWO)',
    responsible: 'AWO Kreisverband Auenstadt',
    stewards: ['arbeitsgruppe', 'awo'],
    dimensions: ['Stadtteil', 'Altersgruppe'],
    visibility: 'internal',
    measures: ['Übergangscoaching an allen Haupt- und Gesamtschulen'],
  },
  {
    name: 'Vermittelte Praktikumsplätze',
    definition: 'Praktikumsplätze für Klasse 8 bis 10, die über den Jugendpakt vermittelt wurden.',
    unit: 'Plätze',
    direction: 'higher_is_better',
    category: 'how_much',
    goals: [2],
    baseline: { value: 180, date: '2025-12-31' },
    targets: [{ value: 300, date: '2027-06-30' }],
    frequency: 'half_yearly',
    dataSource: 'Praktikumsbörse der Kreishandwerkerschaft',
    responsible: 'Kreishandwerkerschaft Auenstadt',
    stewards: ['arbeitsgruppe', 'handwerkskammer'],
    dimensions: ['Stadtteil'],
    visibility: 'partners',
    measures: ['Berufsorientierungs-Praktika ab Klasse 8', 'Ausbildungsmesse „Zukunft Auenstadt“'],
  },
  {
    name: 'Zufriedenheit mit der Beratung',
    definition:
      'Anteil der befragten Jugendlichen, die mit Coaching oder Clearing „zufrieden“ oder „sehr zufrieden“ sind.',
    unit: '%',
    direction: 'higher_is_better',
    category: 'how_well',
    goals: [1, 4],
    baseline: { value: null, date: null },
    targets: [{ value: 80, date: '2027-12-31' }],
    frequency: 'yearly',
    dataSource: 'Kurzbefragung am Ende der Begleitung',
    responsible: 'Jugendparlament Auenstadt',
    stewards: ['arbeitsgruppe'],
    dimensions: ['Altersgruppe'],
    visibility: 'internal',
    measures: [
      'Übergangscoaching an allen Haupt- und Gesamtschulen',
      'Clearingstelle für junge Geflüchtete',
    ],
  },
  {
    name: 'Erstberatung junger Geflüchteter binnen vier Wochen',
    definition:
      'Anteil der neu zugewanderten 14- bis 27-Jährigen, die innerhalb von vier Wochen nach Zuzug beraten wurden.',
    unit: '%',
    direction: 'higher_is_better',
    category: 'how_well',
    goals: [4],
    baseline: { value: 45, date: '2026-06-30' },
    targets: [{ value: 90, date: '2027-12-31' }],
    frequency: 'quarterly',
    dataSource: 'Fallstatistik der Clearingstelle, Zuzugsdaten der Ausländerbehörde',
    responsible: 'Jugendmigrationsdienst (Caritas)',
    stewards: ['partner', 'integrationszentrum'],
    dimensions: ['Altersgruppe'],
    visibility: 'partners',
    measures: ['Clearingstelle für junge Geflüchtete', 'Sprachförderung vor Ausbildungsbeginn'],
  },
  {
    name: 'Abgängerinnen und Abgänger mit Anschlussperspektive',
    definition:
      'Anteil der Abgängerinnen und Abgänger mit Ausbildungsvertrag, weiterführender Schule, Studium oder Arbeit, erhoben zum Ende jedes Schulhalbjahres.',
    unit: '%',
    direction: 'higher_is_better',
    category: 'better_off',
    goals: [1],
    baseline: { value: 71.5, date: '2025-07-31' },
    targets: [
      { value: 80, date: '2027-07-31' },
      { value: 90, date: '2029-07-31' },
    ],
    frequency: 'half_yearly',
    dataSource: 'Gemeinsame Verbleibsabfrage der Abgangsklassen',
    responsible: 'Schulverwaltungsamt',
    stewards: ['arbeitsgruppe', 'schulamt'],
    dimensions: ['Stadtteil'],
    visibility: 'public',
    measures: [
      'Übergangscoaching an allen Haupt- und Gesamtschulen',
      'Gemeinsame Verbleibsabfrage der Abgangsklassen',
    ],
  },
  {
    name: 'Vorzeitig gelöste Ausbildungsverträge',
    definition: 'Gelöste Verträge im ersten Ausbildungsjahr je 100 neu abgeschlossene Verträge.',
    unit: '%',
    direction: 'lower_is_better',
    category: 'better_off',
    goals: [3],
    baseline: { value: 26.4, date: '2025-12-31' },
    targets: [
      { value: 20, date: '2027-12-31' },
      { value: 13.2, date: '2029-12-31' },
    ],
    frequency: 'quarterly',
    dataSource: 'Ausbildungsstatistik der Kreishandwerkerschaft und der IHK',
    responsible: 'Kreishandwerkerschaft Auenstadt',
    stewards: ['berufskolleg', 'arbeitsgruppe'],
    dimensions: ['Altersgruppe'],
    visibility: 'public',
    measures: [
      'Ausbildungsbegleitung im ersten Lehrjahr',
      'Frühwarnsystem Ausbildungsabbruch am Berufskolleg',
    ],
  },
];
