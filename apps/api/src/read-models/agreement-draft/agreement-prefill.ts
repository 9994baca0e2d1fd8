import type { EntityManager } from 'typeorm';
import type {
  ActorArea,
  ActorKind,
  AgreementContent,
  AgreementSectionKey,
  BodyType,
  TargetGroup,
} from '@gw/shared/contracts';
import { AGREEMENT_SECTION_KEYS } from '@gw/shared/contracts';
import {
  AREA_LABELS,
  BODY_TYPE_LABELS,
  KIND_LABELS,
  TARGET_GROUP_LABELS,
} from '../../common/labels/german-labels';
import { cleanMarkdown } from '../../common/rich-text/rich-text';
import { AGREEMENT_SECTION_TITLES } from '../../modules/agreements/agreement-content';
import {
  BODIES,
  GOALS,
  INITIATIVE,
  MEMBERS_WHO_LEAD,
  PARTNERS,
  VISION,
} from './agreement-prefill.queries';

/** What the first draft of an agreement is written from. */
export interface AgreementFacts {
  initiative: {
    name: string;
    description: string;
    municipality: string;
    districts: string[];
    targetGroups: TargetGroup[];
    customTargetGroups: string[];
    owner: string | null;
  };
  vision: string;
  goals: { title: string; description: string }[];
  partners: {
    name: string;
    area: ActorArea;
    kind: ActorKind;
    contributions: string;
    resources: string;
  }[];
  steering: string[];
  coordination: string[];
  bodies: { name: string; type: BodyType }[];
}

export async function loadAgreementFacts(
  manager: EntityManager,
  initiativeId: string,
): Promise<AgreementFacts> {
  const [initiative] = (await manager.query(INITIATIVE, [
    initiativeId,
  ])) as AgreementFacts['initiative'][];
  const [vision] = (await manager.query(VISION, [initiativeId])) as { vision: string }[];
  const goals = (await manager.query(GOALS, [initiativeId])) as AgreementFacts['goals'];
  const partners = (await manager.query(PARTNERS, [initiativeId])) as AgreementFacts['partners'];
  const members = (await manager.query(MEMBERS_WHO_LEAD, [initiativeId])) as {
    role: string;
    display_name: string;
  }[];
  const bodies = (await manager.query(BODIES, [initiativeId])) as AgreementFacts['bodies'];
  if (!initiative) throw new Error(`initiative ${initiativeId} not found`);
  return {
    initiative,
    vision: vision?.vision ?? '',
    goals,
    partners,
    steering: members.filter((m) => m.role === 'steering').map((m) => m.display_name),
    coordination: members.filter((m) => m.role === 'coordination').map((m) => m.display_name),
    bodies,
  };
}

const list = (items: string[], empty: string) =>
  items.length > 0 ? items.map((item) => `- ${item}`).join('\n') : empty;

/**
 * The first draft of the Kooperationsvereinbarung, in German: the parts the initiative already
 * knows (partners, goals, steering group, coordination office) filled in, the rest as a template
 * for the partners to agree on.
 */
export function draftAgreement(facts: AgreementFacts): AgreementContent {
  const { initiative } = facts;
  const targetGroups = [
    ...initiative.targetGroups.map((group) => TARGET_GROUP_LABELS[group]),
    ...initiative.customTargetGroups,
  ].join(', ');
  const region = initiative.districts.length
    ? `${initiative.municipality} (${initiative.districts.join(', ')})`
    : initiative.municipality;

  const bodies: Record<AgreementSectionKey, string> = {
    preamble: [
      `Die unterzeichnenden Partner schließen sich in der Initiative „${initiative.name}“ zusammen. ` +
        `Sie verfolgen gemeinsam das Ziel, die Lebenslagen der Zielgruppe (${targetGroups}) in ${region} ` +
        'nachhaltig zu verbessern. Kein Partner kann diese Aufgabe allein lösen; gemeinsam wollen sie ' +
        'ihre Angebote abstimmen, Lücken schließen und ihre Wirkung sichtbar machen.',
      initiative.description,
      initiative.owner ? `Federführend für die Verwaltung ist ${initiative.owner}.` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
    shared_goal: [
      facts.vision || '_Die gemeinsame Vision wird noch formuliert._',
      facts.goals.length > 0
        ? facts.goals
            .map(
              (goal, index) =>
                `${index + 1}. **${goal.title}**${goal.description ? ` – ${goal.description}` : ''}`,
            )
            .join('\n')
        : '_Die gemeinsamen Ziele werden noch festgelegt._',
    ].join('\n\n'),
    partners: [
      'Partner dieser Vereinbarung sind:',
      list(
        facts.partners.map((p) => `**${p.name}** (${AREA_LABELS[p.area]}, ${KIND_LABELS[p.kind]})`),
        '_In der Akteurstabelle sind noch keine Partner markiert._',
      ),
    ].join('\n\n'),
    bodies_and_roles: [
      '**Steuerungsgruppe (Bündnis-Kerngruppe):** prüft den Fortschritt, entscheidet über Phasenwechsel, ' +
        'gibt den Aktionsplan und die Berichte frei und setzt Prioritäten.',
      list(facts.steering, '_Die Mitglieder der Steuerungsgruppe werden noch benannt._'),
      '**Koordinationsstelle (Geschäftsführende Stelle):** koordiniert den Gesamtprozess, ist Ansprechpartnerin ' +
        'für alle Partner, bereitet die Treffen vor, moderiert und dokumentiert sie und beobachtet die Umsetzung.',
      list(facts.coordination, '_Die Koordinationsstelle wird noch benannt._'),
      facts.bodies.length > 0
        ? `**Bestehende Gremien, an die die Initiative anknüpft:**\n\n${list(
            facts.bodies.map((b) => `${b.name} (${BODY_TYPE_LABELS[b.type]})`),
            '',
          )}`
        : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
    contributions: [
      'Jeder Partner bringt Beiträge und Ressourcen ein:',
      list(
        facts.partners.map((p) => {
          const parts = [p.contributions, p.resources].filter(Boolean).join(' Ressourcen: ');
          return `**${p.name}:** ${parts || '_noch zu vereinbaren_'}`;
        }),
        '_Die Beiträge werden mit den Partnern vereinbart._',
      ),
    ].join('\n\n'),
    impact_measurement:
      'Die Partner vereinbaren gemeinsame Erfolgsindikatoren und erheben die dafür nötigen Daten nach einem ' +
      'gemeinsamen Plan. Personenbezogene Daten werden nur im erforderlichen Umfang und nach den geltenden ' +
      'Datenschutzbestimmungen verarbeitet; veröffentlicht werden nur zusammengefasste Werte, aus denen keine ' +
      'einzelnen Personen erkennbar sind.',
    communication:
      'Die Partner informieren sich gegenseitig frühzeitig und regelmäßig. Die Steuerungsgruppe trifft sich ' +
      'mindestens vierteljährlich; die Koordinationsstelle lädt ein und versendet die Ergebnisse. Nach außen ' +
      'tritt die Initiative mit abgestimmten Botschaften auf.',
    term:
      'Die Vereinbarung tritt in Kraft, sobald alle Partner sie unterzeichnet haben. Sie gilt zunächst für drei ' +
      'Jahre und verlängert sich um jeweils ein Jahr, wenn die Steuerungsgruppe nichts anderes beschließt. ' +
      'Änderungen bedürfen einer neuen Fassung, die alle Partner unterzeichnen.',
    accession_withdrawal:
      'Weitere Akteure können der Vereinbarung beitreten, indem sie die jeweils geltende Fassung unterzeichnen. ' +
      'Jeder Partner kann mit einer Frist von drei Monaten zum Quartalsende austreten; der Austritt wird der ' +
      'Koordinationsstelle mit Begründung mitgeteilt.',
  };

  return {
    sections: AGREEMENT_SECTION_KEYS.map((key) => ({
      key,
      title: AGREEMENT_SECTION_TITLES[key],
      // The names and texts come from other tables, not all of whose fields are cleaned as
      // Markdown (an actor's contributions, rows older than the cleaning); the draft is stored.
      body: cleanMarkdown(bodies[key]),
    })),
  };
}
