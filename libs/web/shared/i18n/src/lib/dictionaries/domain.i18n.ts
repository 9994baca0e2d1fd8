import { translations } from './translations';

/** The domain's words: roles, phases with their steps and products, target groups. */
export const domain = translations({
  de: {
    'role.coordination': 'Koordinationsstelle',
    'role.steering': 'Steuerungsgruppe',
    'role.working_group': 'Arbeitsgruppe',
    'role.partner': 'Partner',
    'role.observer': 'Beobachter',
    'role.coordination.description':
      'Leitet die Initiative: verwaltet Mitglieder und Phasen, erstellt Entwürfe, moderiert.',
    'role.steering.description':
      'Prüft den Fortschritt, entscheidet über Phasenwechsel, gibt Aktionsplan und Berichte frei.',
    'role.working_group.description': 'Pflegt Maßnahmen und Messwerte der eigenen Arbeitsgruppe.',
    'role.partner.description':
      'Unterzeichnet die Kooperationsvereinbarung für die eigene Organisation, liest und kommentiert.',
    'role.observer.description': 'Kann alles lesen, aber nichts ändern.',
    'phase.initiierung': 'Initiierung',
    'phase.gestaltung': 'Gestaltung',
    'phase.umsetzung': 'Umsetzung',
    'phase.initiierung.product': 'Kooperationsvereinbarung',
    'phase.gestaltung.product': 'Aktionsplan',
    'phase.umsetzung.product': 'Tätigkeits- und Wirkungsberichte',
    'phase.initiierung.steps':
      'Eigner identifizieren und relevante Akteure zusammenbringen|Steuerungsgruppe bilden|Ressourcen für eine Koordinationsstelle gewinnen|Gemeinsame Zielsetzung entwickeln',
    'phase.gestaltung.steps':
      'Akteurskreis erweitern|Arbeitsgruppen einrichten|Koordinationsstelle einrichten|Gemeinsamen Aktionsplan entwickeln|Gemeinsame Erfolgsindikatoren und Wirkungsanalyse entwickeln',
    'phase.umsetzung.steps':
      'Kommunizieren und abstimmen|Steuern und verbessern|Maßnahmen umsetzen, verzahnen und Aktionsplan anpassen|Daten erheben und analysieren',
    'phase.stepper.label': 'Phasen der Initiative',
    'phase.stepper.product': 'Ergebnis',
    'phase.state.done': 'Abgeschlossen',
    'phase.state.current': 'Aktuelle Phase',
    'phase.state.upcoming': 'Noch offen',
    'phase.stepper.number': 'Phase {n}',
    'targetGroup.young_people': 'Junge Menschen',
    'targetGroup.seniors': 'Senioren',
    'targetGroup.refugees': 'Geflüchtete',
    'targetGroup.families': 'Familien',
  },
  en: {
    'role.coordination': 'Coordination office',
    'role.steering': 'Steering group',
    'role.working_group': 'Working group',
    'role.partner': 'Partner',
    'role.observer': 'Observer',
    'role.coordination.description':
      'Runs the initiative: manages members and phases, drafts documents, moderates.',
    'role.steering.description':
      'Reviews progress, decides on phase transitions, approves the action plan and reports.',
    'role.working_group.description':
      'Maintains the measures and measurements of its working group.',
    'role.partner.description':
      'Signs the cooperation agreement for its organisation; reads and comments.',
    'role.observer.description': 'Can read everything but change nothing.',
    'phase.initiierung': 'Initiation',
    'phase.gestaltung': 'Design',
    'phase.umsetzung': 'Implementation',
    'phase.initiierung.product': 'Cooperation agreement',
    'phase.gestaltung.product': 'Action plan',
    'phase.umsetzung.product': 'Activity and impact reports',
    'phase.initiierung.steps':
      'Identify the owner and bring relevant actors together|Form a steering group|Secure resources for a coordination office|Develop a common agenda',
    'phase.gestaltung.steps':
      'Widen the circle of actors|Set up working groups|Set up the coordination office|Develop a joint action plan|Develop shared success indicators and impact analysis',
    'phase.umsetzung.steps':
      'Communicate and coordinate|Steer and improve|Implement and link measures, adapt the action plan|Collect and analyse data',
    'phase.stepper.label': 'Phases of the initiative',
    'phase.stepper.product': 'Result',
    'phase.state.done': 'Completed',
    'phase.state.current': 'Current phase',
    'phase.state.upcoming': 'Upcoming',
    'phase.stepper.number': 'Phase {n}',
    'targetGroup.young_people': 'Young people',
    'targetGroup.seniors': 'Senior citizens',
    'targetGroup.refugees': 'Refugees',
    'targetGroup.families': 'Families',
  },
});
