import type { Phase, ReportContent } from '@gw/shared/contracts';
import { calendarDateIn } from '../../modules/indicators/collection-period';
import { seedAgreementInForce } from './demo-agreement';
import { DemoCast } from './demo-cast';
import { ARTIFACT_OF_KIND } from './demo-seed.queries';
import type { DemoStoryServices } from './demo-story-services';

/** The steering member who decides the demo's phase transitions: the initiative's owner. */
const CHAIR = 'steuerung';

const TRANSITIONS: { to: Phase; rationale: string; comment: string }[] = [
  {
    to: 'gestaltung',
    rationale:
      'Alle zehn Partner haben die Kooperationsvereinbarung unterzeichnet; Eignerin, Steuerungsgruppe, Finanzierung der Koordinationsstelle und die gemeinsame Zielsetzung stehen. Wir schlagen vor, mit der Gestaltung zu beginnen: Arbeitsgruppen, Aktionsplan und gemeinsame Indikatoren.',
    comment: 'Einstimmig in der Sitzung der Steuerungsgruppe beschlossen.',
  },
  {
    to: 'umsetzung',
    rationale:
      'Die Steuerungsgruppe hat den Aktionsplan als Basisversion freigegeben; die drei Arbeitsgruppen arbeiten, die gemeinsamen Indikatoren sind mit Datenverantwortlichen, Zielwerten und Erhebungsrhythmus vereinbart. Wir schlagen vor, in die Umsetzung zu gehen.',
    comment: 'Zugestimmt. Die Steuerungsgruppe prüft den Fortschritt jedes Halbjahr.',
  },
];

const REPORT_SUMMARY =
  'Der Jugendpakt Auenstadt berichtet über das Halbjahr: Die Partner setzen die Maßnahmen des Aktionsplans gemeinsam um, die Arbeitsgruppen treffen sich regelmäßig, und die gemeinsamen Indikatoren werden nach dem vereinbarten Rhythmus erhoben und von der Koordinationsstelle geprüft. ' +
  'Nicht jede Entwicklung ist schon so weit wie geplant; wo Maßnahmen verzögert sind, haben die Arbeitsgruppen Anpassungen vorgeschlagen, über die die Steuerungsgruppe entscheidet.';

/** Narratives per goal of the demo (by title); goals without one keep an empty narrative. */
const REPORT_NARRATIVES: Record<string, string> = {
  'Kein Abschluss ohne Anschluss':
    'Die Übergangscoaches sind an den Haupt- und Gesamtschulen im Einsatz; die gemeinsame Verbleibsabfrage zeigt, wo Jugendliche noch ohne Anschluss sind.',
  'Berufsorientierung früh und praxisnah':
    'Betriebe aus Handwerk, Handel und Pflege haben Praktikumsplätze zugesagt; die Ausbildungsmesse wird mit den Schulen vorbereitet.',
  'Ausbildungsabbrüche halbieren':
    'Das Frühwarnsystem am Berufskolleg und die Ausbildungsbegleitung erreichen Auszubildende, bevor es kriselt.',
  'Junge Zugewanderte ankommen lassen':
    'Die Clearingstelle berät junge Geflüchtete gemeinsam mit Jugendmigrationsdienst und Ausländerbehörde; Sprachkurse bereiten auf die Ausbildung vor.',
};

/**
 * The demo's story after the seed's transaction, through the real services: the agreement in
 * force, Initiierung → Gestaltung, an approved action-plan baseline, Gestaltung → Umsetzung, and
 * the impact report of the last complete half-year, published (without a public link).
 *
 * The services stamp their records with the time of the seed, and so do we: the audit trail of
 * the artifacts is append-only (a trigger refuses updates), so backdating signatures, approvals
 * or transitions would make them contradict their own trail and the preconditions (a transition
 * dated before the agreement came into force). The calendar data of the story (due dates of the
 * steps, measures, milestones, measured periods) tells when things happened.
 */
export async function seedStory(
  services: DemoStoryServices,
  initiativeId: string,
  now = new Date(),
): Promise<void> {
  const cast = await DemoCast.load(services.dataSource, initiativeId);
  await seedAgreementInForce(services, cast, initiativeId);
  await movePhase(services, cast, 0);
  await approveBaseline(services, cast, initiativeId);
  await movePhase(services, cast, 1);
  await publishReport(services, cast, now);
}

/** Coordination proposes the next phase; the chair of the steering group approves it. */
async function movePhase(services: DemoStoryServices, cast: DemoCast, index: number) {
  const transition = TRANSITIONS[index];
  if (!transition) throw new Error(`The demo seed has no transition ${index}`);
  const coordination = cast.as('koordination');
  const proposed = await services.transitions.propose(coordination.access, coordination.user, {
    to: transition.to,
    rationale: transition.rationale,
  });
  const chair = cast.as(CHAIR);
  await services.transitions.decide(chair.access, chair.user, proposed.id, {
    decision: 'approve',
    comment: transition.comment,
  });
}

/** The action plan as it is, frozen as baseline 1 and approved by the steering group. */
async function approveBaseline(services: DemoStoryServices, cast: DemoCast, initiativeId: string) {
  const [artifact] = (await services.dataSource.query(ARTIFACT_OF_KIND, [
    initiativeId,
    'action_plan',
  ])) as { id: string }[];
  if (!artifact) throw new Error('The demo initiative has no action plan');
  const coordination = cast.as('koordination');
  const draft = await services.versions.createVersion(
    coordination.access,
    artifact.id,
    coordination.user,
  );
  await services.versions.submit(coordination.access, artifact.id, draft.number, coordination.user);
  await approveByQuorum(services, cast, artifact.id, draft.number);
}

/** As many of the steering members asked as the initiative's quorum needs approve, chair first. */
async function approveByQuorum(
  services: DemoStoryServices,
  cast: DemoCast,
  artifactId: string,
  number: number,
) {
  const chair = cast.as(CHAIR);
  const overview = await services.approvals.overview(chair.access, artifactId, number, chair.user);
  const approvers = [...overview.approvers].sort(
    (a, b) => Number(b.userId === chair.user.id) - Number(a.userId === chair.user.id),
  );
  for (const approver of approvers.slice(0, overview.needed)) {
    const member = cast.byUserId(approver.userId);
    await services.approvals.decide(
      member.access,
      artifactId,
      number,
      { decision: 'approve' },
      member.user,
    );
  }
}

/** The report of the last complete half-year: texts, submitted, approved and published. */
async function publishReport(services: DemoStoryServices, cast: DemoCast, now: Date) {
  const coordination = cast.as('koordination');
  const draft = await services.reports.create(
    coordination.access,
    { periodType: 'half_year', periodStart: lastCompleteHalfYear(now) },
    coordination.user,
  );
  const content = draft.content as ReportContent;
  const narratives = content.goals.flatMap((goal) => {
    const narrative = REPORT_NARRATIVES[goal.title];
    return narrative ? [{ goalId: goal.goalId, narrative }] : [];
  });
  await services.reports.updateTexts(coordination.access, draft.artifactId, draft.number, {
    summary: REPORT_SUMMARY,
    narratives,
    version: draft.version,
  });
  await services.versions.submit(
    coordination.access,
    draft.artifactId,
    draft.number,
    coordination.user,
  );
  await approveByQuorum(services, cast, draft.artifactId, draft.number);
  await services.reports.publish(
    coordination.access,
    draft.artifactId,
    draft.number,
    coordination.user,
  );
}

/** A day of the last half-year that ended before today (in Germany). */
export function lastCompleteHalfYear(now: Date): string {
  const [year, month] = calendarDateIn('Europe/Berlin', now).split('-').map(Number) as [
    number,
    number,
  ];
  return month <= 6 ? `${year - 1}-07-01` : `${year}-01-01`;
}
