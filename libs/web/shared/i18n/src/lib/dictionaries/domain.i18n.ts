import {
  ACTOR_AREA_NAMES,
  ACTOR_KIND_NAMES,
  BODY_TYPE_NAMES,
  PHASE_NAMES,
  ROLE_NAMES,
  TARGET_GROUP_NAMES,
} from '@gw/shared/contracts';
import type { Lang } from '../lang';
import { keyedNames } from './keyed-names';
import { translations } from './translations';

/** The names of the domain's values, from the contracts (the API's documents use the same). */
function valueNames(lang: Lang) {
  return {
    ...keyedNames('role', ROLE_NAMES[lang]),
    ...keyedNames('phase', PHASE_NAMES[lang]),
    ...keyedNames('targetGroup', TARGET_GROUP_NAMES[lang]),
    ...keyedNames('actorArea', ACTOR_AREA_NAMES[lang]),
    ...keyedNames('actorKind', ACTOR_KIND_NAMES[lang]),
    ...keyedNames('bodyType', BODY_TYPE_NAMES[lang]),
  };
}

/**
 * The domain's words: roles, phases with their products, the predefined steps and their states,
 * target groups, actor areas and kinds, types of existing bodies.
 */
export const domain = translations({
  de: {
    ...valueNames('de'),
    'role.coordination.description':
      'Leitet die Initiative: verwaltet Mitglieder und Phasen, erstellt Entwürfe, moderiert.',
    'role.steering.description':
      'Prüft den Fortschritt, entscheidet über Phasenwechsel, gibt Aktionsplan und Berichte frei.',
    'role.working_group.description': 'Pflegt Maßnahmen und Messwerte der eigenen Arbeitsgruppe.',
    'role.partner.description':
      'Unterzeichnet die Kooperationsvereinbarung für die eigene Organisation, liest und kommentiert.',
    'role.observer.description': 'Kann alles lesen, aber nichts ändern.',
    'phase.initiierung.product': 'Kooperationsvereinbarung',
    'phase.gestaltung.product': 'Aktionsplan',
    'phase.umsetzung.product': 'Tätigkeits- und Wirkungsberichte',
    'phase.stepper.label': 'Phasen der Initiative',
    'phase.stepper.product': 'Ergebnis',
    'phase.state.done': 'Abgeschlossen',
    'phase.state.current': 'Aktuelle Phase',
    'phase.state.upcoming': 'Noch offen',
    'phase.stepper.number': 'Phase {n}',
    'phase.stepper.progress':
      '{done} von {total, plural, one {# Schritt} other {# Schritten}} erledigt',
    'step.identify_owner_and_actors': 'Eigner identifizieren und relevante Akteure zusammenbringen',
    'step.form_steering_group': 'Steuerungsgruppe bilden',
    'step.secure_coordination_resources': 'Ressourcen für eine Koordinationsstelle gewinnen',
    'step.develop_shared_goal': 'Gemeinsame Zielsetzung entwickeln',
    'step.expand_actor_circle': 'Akteurskreis erweitern',
    'step.set_up_working_groups': 'Arbeitsgruppen einrichten',
    'step.set_up_coordination_office': 'Koordinationsstelle einrichten',
    'step.develop_action_plan': 'Gemeinsamen Aktionsplan entwickeln',
    'step.develop_shared_indicators':
      'Gemeinsame Erfolgsindikatoren und Wirkungsanalyse entwickeln',
    'step.communicate_and_align': 'Kommunizieren und abstimmen',
    'step.steer_and_improve': 'Steuern und verbessern',
    'step.implement_and_adapt_measures': 'Maßnahmen umsetzen, verzahnen und Aktionsplan anpassen',
    'step.collect_and_analyse_data': 'Daten erheben und analysieren',
    'stepStatus.open': 'offen',
    'stepStatus.in_progress': 'in Arbeit',
    'stepStatus.done': 'erledigt',
    'stepStatus.not_applicable': 'entfällt',
    'transitionStatus.pending': 'Zur Entscheidung',
    'transitionStatus.approved': 'Zugestimmt',
    'transitionStatus.rejected': 'Abgelehnt',
    'transitionStatus.withdrawn': 'Zurückgezogen',
  },
  en: {
    ...valueNames('en'),
    'role.coordination.description':
      'Runs the initiative: manages members and phases, drafts documents, moderates.',
    'role.steering.description':
      'Reviews progress, decides on phase transitions, approves the action plan and reports.',
    'role.working_group.description':
      'Maintains the measures and measurements of its working group.',
    'role.partner.description':
      'Signs the cooperation agreement for its organisation; reads and comments.',
    'role.observer.description': 'Can read everything but change nothing.',
    'phase.initiierung.product': 'Cooperation agreement',
    'phase.gestaltung.product': 'Action plan',
    'phase.umsetzung.product': 'Activity and impact reports',
    'phase.stepper.label': 'Phases of the initiative',
    'phase.stepper.product': 'Result',
    'phase.state.done': 'Completed',
    'phase.state.current': 'Current phase',
    'phase.state.upcoming': 'Upcoming',
    'phase.stepper.number': 'Phase {n}',
    'phase.stepper.progress': '{done} of {total, plural, one {# step} other {# steps}} done',
    'step.identify_owner_and_actors': 'Identify the owner and bring relevant actors together',
    'step.form_steering_group': 'Form a steering group',
    'step.secure_coordination_resources': 'Secure resources for a coordination office',
    'step.develop_shared_goal': 'Develop a common agenda',
    'step.expand_actor_circle': 'Widen the circle of actors',
    'step.set_up_working_groups': 'Set up working groups',
    'step.set_up_coordination_office': 'Set up the coordination office',
    'step.develop_action_plan': 'Develop a joint action plan',
    'step.develop_shared_indicators': 'Develop shared success indicators and impact analysis',
    'step.communicate_and_align': 'Communicate and coordinate',
    'step.steer_and_improve': 'Steer and improve',
    'step.implement_and_adapt_measures': 'Implement and link measures, adapt the action plan',
    'step.collect_and_analyse_data': 'Collect and analyse data',
    'stepStatus.open': 'open',
    'stepStatus.in_progress': 'in progress',
    'stepStatus.done': 'done',
    'stepStatus.not_applicable': 'not applicable',
    'transitionStatus.pending': 'Awaiting decision',
    'transitionStatus.approved': 'Approved',
    'transitionStatus.rejected': 'Rejected',
    'transitionStatus.withdrawn': 'Withdrawn',
  },
});
