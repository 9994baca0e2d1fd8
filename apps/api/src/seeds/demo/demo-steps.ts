import type { PredefinedStepKey, StepStatus } from '@gw/shared/contracts';

export interface DemoStep {
  key: PredefinedStepKey;
  status: StepStatus;
  /** The demo login responsible for the step. */
  responsible: string;
  dueDate: string;
  note: string;
}

/**
 * The checklist of an initiative well into Umsetzung: Initiierung (until spring 2026) and
 * Gestaltung (summer 2026) done, the ongoing work of Umsetzung in progress.
 */
export const DEMO_STEPS: DemoStep[] = [
  // Initiierung
  {
    key: 'identify_owner_and_actors',
    status: 'done',
    responsible: 'koordination',
    dueDate: '2026-01-30',
    note: 'Eignerin ist Dr. Petra Lindner (Dezernat III). Die Akteurstabelle umfasst 16 Organisationen aus allen vier Bereichen.',
  },
  {
    key: 'form_steering_group',
    status: 'done',
    responsible: 'steuerung',
    dueDate: '2026-03-13',
    note: 'Konstituierende Sitzung am 10. März; sieben Mitglieder aus Verwaltung, Trägern und Wirtschaft.',
  },
  {
    key: 'secure_coordination_resources',
    status: 'done',
    responsible: 'steuerung',
    dueDate: '2026-04-30',
    note: 'Die Bürgerstiftung finanziert die Koordinationsstelle für die ersten zwei Jahre; die Stadt stellt Räume und Sachmittel.',
  },
  {
    key: 'develop_shared_goal',
    status: 'done',
    responsible: 'koordination',
    dueDate: '2026-05-29',
    note: 'Vision und vier Ziele in der Steuerungsgruppe beschlossen; die Rückmeldungen des Jugendparlaments sind eingearbeitet.',
  },
  // Gestaltung
  {
    key: 'expand_actor_circle',
    status: 'done',
    responsible: 'arbeitsgruppe',
    dueDate: '2026-06-30',
    note: 'Betriebe aus Handwerk, Handel und Pflege angesprochen; Kreishandwerkerschaft und Stadtwerke sind Partner geworden.',
  },
  {
    key: 'set_up_working_groups',
    status: 'done',
    responsible: 'koordination',
    dueDate: '2026-06-30',
    note: 'Drei Arbeitsgruppen: Übergang Schule–Beruf, Ankommen und Ausbildung stabilisieren, jede mit Leitung und festem Sitzungsrhythmus.',
  },
  {
    key: 'set_up_coordination_office',
    status: 'done',
    responsible: 'steuerung',
    dueDate: '2026-07-31',
    note: 'Koordinationsstelle im Dezernat III besetzt; Ansprechpartnerin ist Miriam Hoffmann.',
  },
  {
    key: 'develop_action_plan',
    status: 'done',
    responsible: 'koordination',
    dueDate: '2026-08-28',
    note: 'Die Maßnahmen der drei Arbeitsgruppen zu den vier Zielen; die Steuerungsgruppe hat den Aktionsplan als Basisversion freigegeben.',
  },
  {
    key: 'develop_shared_indicators',
    status: 'done',
    responsible: 'koordination',
    dueDate: '2026-08-28',
    note: 'Sechs gemeinsame Indikatoren mit Datenverantwortlichen, Zielwerten und Erhebungsrhythmus; kleine Fallzahlen werden nicht veröffentlicht.',
  },
  // Umsetzung: ongoing work
  {
    key: 'communicate_and_align',
    status: 'in_progress',
    responsible: 'koordination',
    dueDate: '2027-06-30',
    note: 'Rundbrief an alle Partner jedes Quartal; Bündnisforum zweimal im Jahr.',
  },
  {
    key: 'steer_and_improve',
    status: 'in_progress',
    responsible: 'steuerung',
    dueDate: '2027-03-31',
    note: 'Die Steuerungsgruppe prüft jedes Halbjahr die Indikatoren und die verzögerten Maßnahmen und setzt Prioritäten.',
  },
  {
    key: 'implement_and_adapt_measures',
    status: 'in_progress',
    responsible: 'arbeitsgruppe',
    dueDate: '2027-07-30',
    note: 'Zwei Maßnahmen sind verzögert; die Arbeitsgruppen schlagen bis zur nächsten Sitzung Anpassungen des Aktionsplans vor.',
  },
  {
    key: 'collect_and_analyse_data',
    status: 'in_progress',
    responsible: 'koordination',
    dueDate: '2027-01-29',
    note: 'Die Datenverantwortlichen tragen die Werte ein, die Koordinationsstelle prüft sie; der Halbjahresbericht ist veröffentlicht.',
  },
];
