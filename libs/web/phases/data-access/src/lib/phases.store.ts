import { Injectable, computed, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  type CreateStepRequest,
  PHASES,
  type Phase,
  type PhaseOverview,
  type PhaseTransition,
  type Step,
  type TransitionDecision,
  type UpdateStepRequest,
} from '@gw/shared/contracts';
import { KeyedLoad } from '@gw/web/shared/data-access';
import { PhasesApi } from './phases.api';

interface Phases {
  phases: PhaseOverview[];
  /** Null until a page that shows the proposals loaded them. */
  transitions: PhaseTransition[] | null;
}

/** One initiative's phases with their steps, and the proposals to move on (newest first). */
@Injectable({ providedIn: 'root' })
export class PhasesStore {
  private readonly api = inject(PhasesApi);
  private readonly loaded = new KeyedLoad<string, Phases>();

  readonly phases = computed(() => this.loaded.value()?.phases ?? null);
  readonly steps = computed(() => this.phases()?.flatMap((phase) => phase.steps) ?? null);
  readonly transitions = computed(() => this.loaded.value()?.transitions ?? null);
  readonly pending = computed(
    () => this.transitions()?.find((item) => item.status === 'pending') ?? null,
  );
  readonly currentPhase = computed(
    () => this.phases()?.find((phase) => phase.current)?.phase ?? null,
  );
  /** The phase a proposal would lead to; null in the last phase. */
  readonly nextPhase = computed<Phase | null>(() => {
    const current = this.currentPhase();
    return current ? (PHASES[PHASES.indexOf(current) + 1] ?? null) : null;
  });
  readonly loading = this.loaded.loading;
  readonly error = this.loaded.error;

  /** Loads the phases; with `withTransitions` also the proposals (the phases page). */
  async load(initiativeId: string, options: { withTransitions: boolean }): Promise<void> {
    await this.loaded.load(
      initiativeId,
      async (kept) => {
        const [phases, transitions] = await Promise.all([
          firstValueFrom(this.api.phases(initiativeId)),
          options.withTransitions
            ? firstValueFrom(this.api.transitions(initiativeId))
            : Promise.resolve(kept?.transitions ?? null),
        ]);
        return { phases, transitions };
      },
      true,
    );
  }

  async reload(): Promise<void> {
    const id = this.loaded.key();
    if (id) await this.load(id, { withTransitions: this.transitions() !== null });
  }

  /** Sends the step's version as last read; a 409 stale-version is thrown to the caller. */
  async updateStep(step: Step, changes: Omit<UpdateStepRequest, 'version'>): Promise<Step> {
    const updated = await firstValueFrom(
      this.api.updateStep(this.initiativeId(), step.id, { ...changes, version: step.version }),
    );
    this.replaceSteps(step.phase, (steps) =>
      steps.map((item) => (item.id === updated.id ? updated : item)),
    );
    return updated;
  }

  async createStep(request: CreateStepRequest): Promise<Step> {
    const created = await firstValueFrom(this.api.createStep(this.initiativeId(), request));
    this.replaceSteps(created.phase, (steps) => [...steps, created]);
    return created;
  }

  async deleteStep(step: Step): Promise<void> {
    await firstValueFrom(this.api.deleteStep(this.initiativeId(), step.id));
    this.replaceSteps(step.phase, (steps) => steps.filter((item) => item.id !== step.id));
  }

  async propose(to: Phase, rationale: string): Promise<PhaseTransition> {
    const created = await firstValueFrom(this.api.propose(this.initiativeId(), { to, rationale }));
    this.loaded.update(this.initiativeId(), (state) => ({
      ...state,
      transitions: [created, ...(state.transitions ?? [])],
    }));
    return created;
  }

  /** An approval moves the initiative on: the phases are loaded again. */
  async decide(
    transition: PhaseTransition,
    decision: TransitionDecision,
    comment: string,
  ): Promise<PhaseTransition> {
    const decided = await firstValueFrom(
      this.api.decide(this.initiativeId(), transition.id, {
        decision,
        ...(comment ? { comment } : {}),
      }),
    );
    this.replaceTransition(decided);
    if (decided.status === 'approved') await this.reload();
    return decided;
  }

  async withdraw(transition: PhaseTransition): Promise<PhaseTransition> {
    const withdrawn = await firstValueFrom(this.api.withdraw(this.initiativeId(), transition.id));
    this.replaceTransition(withdrawn);
    return withdrawn;
  }

  private replaceSteps(phase: Phase, change: (steps: Step[]) => Step[]): void {
    this.loaded.update(this.initiativeId(), (state) => ({
      ...state,
      phases: state.phases.map((item) =>
        item.phase === phase ? { ...item, steps: change(item.steps) } : item,
      ),
    }));
  }

  private replaceTransition(transition: PhaseTransition): void {
    this.loaded.update(this.initiativeId(), (state) => ({
      ...state,
      transitions:
        state.transitions?.map((item) => (item.id === transition.id ? transition : item)) ?? null,
    }));
  }

  private initiativeId(): string {
    const id = this.loaded.key();
    if (!id) throw new Error('No initiative loaded');
    return id;
  }
}
