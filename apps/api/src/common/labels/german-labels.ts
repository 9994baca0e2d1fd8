import type {
  ActorArea,
  ActorKind,
  BodyType,
  Role,
  TargetGroup,
  VersionStatus,
} from '@gw/shared/contracts';

/** German names the API writes into documents it produces (PDFs, exports, prefilled text). */
export const AREA_LABELS: Record<ActorArea, string> = {
  migration_integration: 'Migration und Integration',
  work_economy: 'Arbeit und Wirtschaft',
  social: 'Soziales',
  education: 'Bildung',
  other: 'Sonstige',
};

export const KIND_LABELS: Record<ActorKind, string> = {
  administration: 'Verwaltung',
  independent_provider: 'freier Träger',
  association: 'Verein/Initiative',
  company: 'Unternehmen',
  foundation: 'Stiftung',
  target_group_representation: 'Zielgruppenvertretung',
  politics: 'Politik',
  other: 'Sonstige',
};

export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  young_people: 'Junge Menschen',
  seniors: 'Senioren',
  refugees: 'Geflüchtete',
  families: 'Familien',
};

export const ROLE_LABELS: Record<Role, string> = {
  coordination: 'Koordinationsstelle',
  steering: 'Steuerungsgruppe',
  working_group: 'Arbeitsgruppe',
  partner: 'Partner',
  observer: 'Beobachter',
};

export const BODY_TYPE_LABELS: Record<BodyType, string> = {
  committee: 'Gremium',
  working_circle: 'Arbeitskreis',
  cooperation_agreement: 'Kooperationsvereinbarung',
};

export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
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
};
