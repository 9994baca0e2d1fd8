import {
  type Phase,
  type PhaseOverview,
  PHASE_NAMES,
  PHASES,
  PREDEFINED_STEPS,
  type Step,
} from '@gw/shared/contracts';

/** The phases' names as users see them, for problem details. */
export const PHASE_LABELS: Record<Phase, string> = PHASE_NAMES.de;

/** The phase after `phase`, or null in the last one. */
export function nextPhase(phase: Phase): Phase | null {
  return PHASES[PHASES.indexOf(phase) + 1] ?? null;
}

/** The predefined checklist of a new initiative, numbered from 1 within each phase. */
export function defaultSteps(initiativeId: string) {
  return PHASES.flatMap((phase) =>
    PREDEFINED_STEPS[phase].map((key, index) => ({
      initiativeId,
      phase,
      key,
      title: null,
      position: index + 1,
    })),
  );
}

/** The three phases in order, each with its steps (already ordered by position). */
export function buildPhaseOverview(current: Phase, steps: Step[]): PhaseOverview[] {
  const currentIndex = PHASES.indexOf(current);
  return PHASES.map((phase, index) => ({
    phase,
    current: index === currentIndex,
    completed: index < currentIndex,
    steps: steps.filter((step) => step.phase === phase),
  }));
}
