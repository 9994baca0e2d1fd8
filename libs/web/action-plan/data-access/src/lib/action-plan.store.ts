import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import type {
  ActionPlanStatus,
  ApprovalOverview,
  ApprovalRequest,
  Artifact,
  ArtifactVersionSummary,
  AuditEvent,
  Page,
  VersionDiff,
} from '@gw/shared/contracts';
import type { DownloadedFile } from '@gw/web/agreement/data-access';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { ActionPlanApi, type Baseline } from './action-plan.api';

interface ActionPlanState {
  initiativeId: string | null;
  artifact: Artifact | null;
  status: ActionPlanStatus | null;
  loading: boolean;
  error: Problem | null;
  /** The baseline being looked at, with the steering group's decisions once submitted. */
  selected: number | null;
  baseline: Baseline | null;
  approvals: ApprovalOverview | null;
  baselineLoading: boolean;
  baselineError: Problem | null;
}

const NO_BASELINE = {
  selected: null,
  baseline: null,
  approvals: null,
  baselineLoading: false,
  baselineError: null,
} satisfies Partial<ActionPlanState>;

const EMPTY: ActionPlanState = {
  initiativeId: null,
  artifact: null,
  status: null,
  loading: false,
  error: null,
  ...NO_BASELINE,
};

/**
 * The baselines of one initiative's action plan (newest first), the living plan's status, and
 * the baseline being looked at with its approvals. Writes throw the API's problem to the caller;
 * the state changes only on success.
 */
@Injectable({ providedIn: 'root' })
export class ActionPlanStore {
  private readonly api = inject(ActionPlanApi);
  private readonly state = signal<ActionPlanState>(EMPTY);

  readonly artifact = computed(() => this.state().artifact);
  readonly status = computed(() => this.state().status);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly versions = computed(() =>
    [...(this.state().artifact?.versions ?? [])].sort((a, b) => b.number - a.number),
  );
  readonly latest = computed((): ArtifactVersionSummary | null => this.versions()[0] ?? null);
  /** A new baseline may start unless one is a draft or waits for the steering group. */
  readonly canStartVersion = computed(() => {
    const status = this.latest()?.status;
    return status !== 'draft' && status !== 'submitted';
  });

  readonly selected = computed(() => this.state().selected);
  readonly baseline = computed(() => this.state().baseline);
  readonly approvals = computed(() => this.state().approvals);
  readonly baselineLoading = computed(() => this.state().baselineLoading);
  readonly baselineError = computed(() => this.state().baselineError);

  async load(initiativeId: string): Promise<void> {
    const same = this.state().initiativeId === initiativeId;
    this.state.set({ ...(same ? this.state() : EMPTY), initiativeId, loading: true, error: null });
    try {
      const { artifact, status } = await this.fetchPlan(initiativeId);
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, artifact, status, loading: false }));
    } catch (error) {
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  async reload(): Promise<void> {
    const id = this.state().initiativeId;
    if (id) await this.load(id);
  }

  /** Shows a baseline with, once submitted, where its approval stands. */
  async select(number: number, force = false): Promise<void> {
    const current = this.state();
    if (!force && current.selected === number && (current.baseline || current.baselineLoading)) {
      return;
    }
    // Reloading the same baseline keeps it on screen; another one starts empty.
    this.state.update((state) =>
      state.selected === number
        ? { ...state, baselineLoading: true, baselineError: null }
        : { ...state, ...NO_BASELINE, selected: number, baselineLoading: true },
    );
    try {
      const { initiativeId, artifactId } = this.ids();
      const baseline = await this.fetch(this.api.getVersion(initiativeId, artifactId, number));
      const approvals =
        baseline.status === 'draft'
          ? null
          : await this.fetch(this.api.approvals(initiativeId, artifactId, number));
      if (this.state().selected !== number) return;
      this.state.update((state) => ({ ...state, baseline, approvals, baselineLoading: false }));
    } catch (error) {
      if (this.state().selected !== number) return;
      this.state.update((state) => ({
        ...state,
        baselineLoading: false,
        baselineError: toProblem(error),
      }));
    }
  }

  /** Starts a baseline draft with the measures as they are now. */
  async createVersion(): Promise<Baseline> {
    const { initiativeId, artifactId } = this.ids();
    const baseline = await this.fetch(this.api.createVersion(initiativeId, artifactId));
    await this.refresh();
    this.state.update((state) => ({
      ...state,
      ...NO_BASELINE,
      selected: baseline.number,
      baseline,
    }));
    return baseline;
  }

  /** Freezes the measures into the draft and asks the steering group. */
  async submit(number: number): Promise<Baseline> {
    const { initiativeId, artifactId } = this.ids();
    const submitted = await this.fetch(this.api.submit(initiativeId, artifactId, number));
    await Promise.all([this.refresh(), this.select(number, true)]);
    return submitted;
  }

  /** A steering member's decision; the baseline may become approved or rejected with it. */
  async decide(number: number, request: ApprovalRequest): Promise<void> {
    const { initiativeId, artifactId } = this.ids();
    await this.fetch(this.api.decide(initiativeId, artifactId, number, request));
    await Promise.all([this.refresh(), this.select(number, true)]);
  }

  diff(from: number, to: number): Promise<VersionDiff> {
    const { initiativeId, artifactId } = this.ids();
    return this.fetch(this.api.diff(initiativeId, artifactId, from, to));
  }

  auditPage(page: number, pageSize: number): Promise<Page<AuditEvent>> {
    const { initiativeId, artifactId } = this.ids();
    return this.fetch(this.api.audit(initiativeId, artifactId, page, pageSize));
  }

  pdf(number: number): Promise<DownloadedFile> {
    const { initiativeId, artifactId } = this.ids();
    return this.fetch(this.api.pdf(initiativeId, artifactId, number));
  }

  /** The list of baselines and the plan's status, after a change. */
  private async refresh(): Promise<void> {
    const initiativeId = this.state().initiativeId;
    if (!initiativeId) return;
    const { artifact, status } = await this.fetchPlan(initiativeId);
    this.state.update((state) =>
      state.initiativeId === initiativeId ? { ...state, artifact, status } : state,
    );
  }

  /** The status names the action plan's artifact, which lists the baselines. */
  private async fetchPlan(
    initiativeId: string,
  ): Promise<{ artifact: Artifact; status: ActionPlanStatus }> {
    const status = await this.fetch(this.api.status(initiativeId));
    const artifact = await this.fetch(this.api.get(initiativeId, status.artifactId));
    return { artifact, status };
  }

  private ids(): { initiativeId: string; artifactId: string } {
    const { initiativeId, artifact } = this.state();
    if (!initiativeId || !artifact) throw new Error('No action plan loaded');
    return { initiativeId, artifactId: artifact.id };
  }

  private fetch<T>(request: Observable<T>): Promise<T> {
    return firstValueFrom(request);
  }
}
