import type { ActorArea, ActorKind } from './actor.model';
import type { VersionStatus } from './artifact.model';
import type { BodyType } from './existing-body.model';
import type { Phase } from './phase';
import type { Role } from './role';
import type { TargetGroup } from './target-group';

/**
 * The names of a domain's values as people read them, in the languages of the UI. The API writes
 * the German ones into its documents (PDFs, exports, mails), the web shows both: one source, so
 * a document and the page it came from never name a value differently.
 */
export type ValueNames<Value extends string> = Record<'de' | 'en', Record<Value, string>>;

export const ROLE_NAMES: ValueNames<Role> = {
  de: {
    coordination: 'Koordinationsstelle',
    steering: 'Steuerungsgruppe',
    working_group: 'Arbeitsgruppe',
    partner: 'Partner',
    observer: 'Beobachter',
  },
  en: {
    coordination: 'Coordination office',
    steering: 'Steering group',
    working_group: 'Working group',
    partner: 'Partner',
    observer: 'Observer',
  },
};

export const PHASE_NAMES: ValueNames<Phase> = {
  de: { initiierung: 'Initiierung', gestaltung: 'Gestaltung', umsetzung: 'Umsetzung' },
  en: { initiierung: 'Initiation', gestaltung: 'Design', umsetzung: 'Implementation' },
};

export const TARGET_GROUP_NAMES: ValueNames<TargetGroup> = {
  de: {
    young_people: 'Junge Menschen',
    seniors: 'Senioren',
    refugees: 'Geflüchtete',
    families: 'Familien',
  },
  en: {
    young_people: 'Young people',
    seniors: 'Senior citizens',
    refugees: 'Refugees',
    families: 'Families',
  },
};

export const ACTOR_AREA_NAMES: ValueNames<ActorArea> = {
  de: {
    migration_integration: 'Migration und Integration',
    work_economy: 'Arbeit und Wirtschaft',
    social: 'Soziales',
    education: 'Bildung',
    other: 'Sonstige',
  },
  en: {
    migration_integration: 'Migration and integration',
    work_economy: 'Work and economy',
    social: 'Social affairs',
    education: 'Education',
    other: 'Other',
  },
};

export const ACTOR_KIND_NAMES: ValueNames<ActorKind> = {
  de: {
    administration: 'Verwaltung',
    independent_provider: 'freier Träger',
    association: 'Verein/Initiative',
    company: 'Unternehmen',
    foundation: 'Stiftung',
    target_group_representation: 'Zielgruppenvertretung',
    politics: 'Politik',
    other: 'Sonstige',
  },
  en: {
    administration: 'Administration',
    independent_provider: 'Independent provider',
    association: 'Association/initiative',
    company: 'Company',
    foundation: 'Foundation',
    target_group_representation: 'Target group representation',
    politics: 'Politics',
    other: 'Other',
  },
};

export const BODY_TYPE_NAMES: ValueNames<BodyType> = {
  de: {
    committee: 'Gremium',
    working_circle: 'Arbeitskreis',
    cooperation_agreement: 'Kooperationsvereinbarung',
  },
  en: {
    committee: 'Committee',
    working_circle: 'Working circle',
    cooperation_agreement: 'Cooperation agreement',
  },
};

/** The states of a version of a tracked document (agreement, action plan, report). */
export const VERSION_STATUS_NAMES: ValueNames<VersionStatus> = {
  de: {
    draft: 'Entwurf',
    signing: 'zur Unterzeichnung',
    in_force: 'in Kraft',
    declined: 'abgelehnt',
    submitted: 'eingereicht',
    approved: 'freigegeben',
    rejected: 'zurückgewiesen',
    in_review: 'in Prüfung',
    published: 'veröffentlicht',
    superseded: 'abgelöst',
  },
  en: {
    draft: 'Draft',
    signing: 'awaiting signatures',
    in_force: 'in force',
    declined: 'declined',
    submitted: 'submitted',
    approved: 'approved',
    rejected: 'rejected',
    in_review: 'in review',
    published: 'published',
    superseded: 'superseded',
  },
};
