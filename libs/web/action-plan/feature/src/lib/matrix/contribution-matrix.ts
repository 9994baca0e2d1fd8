import type { Goal, Measure } from '@gw/shared/contracts';

/** How one actor contributes to one goal: in how many of the goal's measures, and how. */
export interface Contribution {
  /** Measures it leads. */
  lead: number;
  /** Measures it takes part in. */
  contributing: number;
  /** Measures it pledges resources to. */
  resources: number;
  /** Every measure of the goal it is part of, in any way. */
  measureIds: string[];
}

export interface MatrixActor {
  id: string;
  name: string;
}

export interface ContributionMatrix {
  /** The goals in their order, with how many measures serve each. */
  goals: { goal: Goal; measureCount: number }[];
  /** One row per actor, one cell per goal (in the order of `goals`). */
  rows: { actor: MatrixActor; cells: Contribution[]; goalCount: number }[];
  goalsWithoutMeasures: Goal[];
  actorsWithoutContribution: MatrixActor[];
}

const roles = (measure: Measure, actorId: string) => ({
  lead: measure.leadActorId === actorId,
  contributing: measure.contributingActorIds.includes(actorId),
  resources: measure.resources.some((pledge) => pledge.actorId === actorId),
});

/**
 * Actors × goals (gegenseitig verstärkende Aktivitäten): an actor contributes to a goal when it
 * leads, takes part in or pledges resources to a measure serving it. Shows the goals no measure
 * serves and the actors who contribute to no goal.
 */
export function contributionMatrix(
  measures: readonly Measure[],
  goals: readonly Goal[],
  actors: readonly MatrixActor[],
): ContributionMatrix {
  const ordered = [...goals].sort((a, b) => a.position - b.position);
  const measuresOf = new Map(
    ordered.map((goal) => [goal.id, measures.filter((m) => m.goalIds.includes(goal.id))]),
  );
  const rows = actors.map((actor) => {
    const cells = ordered.map((goal) => {
      const cell: Contribution = { lead: 0, contributing: 0, resources: 0, measureIds: [] };
      for (const measure of measuresOf.get(goal.id) ?? []) {
        const role = roles(measure, actor.id);
        if (role.lead) cell.lead++;
        if (role.contributing) cell.contributing++;
        if (role.resources) cell.resources++;
        if (role.lead || role.contributing || role.resources) cell.measureIds.push(measure.id);
      }
      return cell;
    });
    const goalCount = cells.filter((cell) => cell.measureIds.length > 0).length;
    return { actor: { id: actor.id, name: actor.name }, cells, goalCount };
  });
  const goalRows = ordered.map((goal) => ({
    goal,
    measureCount: measuresOf.get(goal.id)?.length ?? 0,
  }));
  return {
    goals: goalRows,
    rows,
    goalsWithoutMeasures: goalRows.filter((row) => row.measureCount === 0).map((row) => row.goal),
    actorsWithoutContribution: rows.filter((row) => row.goalCount === 0).map((row) => row.actor),
  };
}
