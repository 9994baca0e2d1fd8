import { Injectable, computed, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  ActionPlanContent,
  ActionPlanStatus,
  ApprovalOverview,
  ApprovalRequest,
  Artifact,
  ArtifactVersionSummary,
} from '@gw/shared/contracts';
import { ArtifactReads, ArtifactsApi, type ArtifactSource } from '@gw/web/artifacts/data-access';
import { KeyedLoad } from '@gw/web/shared/data-access';
import { BaselinesApi, type Baseline } from './baselines.api';

/** The plan's artifact, which lists the baselines, and the living plan's status. */
interface Plan {
  artifact: Artifact;
  status: ActionPlanStatus;
}

/** The baseline being looked at, with the steering group's decisions once submitted. */
interface ShownBaseline {
  baseline: Baseline;
  approvals: ApprovalOverview | null;
}

/**
 * The baselines of one initiative's action plan (newest first), the living plan's status, and
 * the baseline being looked at with its approvals. Writes throw the API's problem to the caller;
 * the state changes only on success.
 */
@Injectable({ providedIn: 'root' })
export class BaselinesStore implements ArtifactSource {
  private readonly api = inject(BaselinesApi);
  private readonly artifacts = inject(ArtifactsApi);
  private readonly plan = new KeyedLoad<string, Plan>();
  private readonly shown = new KeyedLoad<number, ShownBaseline>();
  private readonly reads = new ArtifactReads(
    () => this.plan.key(),
    () => this.artifact(),
    (number) => `Aktionsplan-Basislinie-${number}.pdf`,
  );

  readonly artifact = computed(() => this.plan.value()?.artifact ?? null);
  readonly status = computed(() => this.plan.value()?.status ?? null);
  readonly loading = this.plan.loading;
  readonly error = this.plan.error;
  readonly versions = computed(() =>
    [...(this.artifact()?.versions ?? [])].sort((a, b) => b.number - a.number),
  );
  readonly latest = computed((): ArtifactVersionSummary | null => this.versions()[0] ?? null);
  /** A new baseline may start unless one is a draft or waits for the steering group. */
  readonly canStartVersion = computed(() => {
    const status = this.latest()?.status;
    return status !== 'draft' && status !== 'submitted';
  });

  readonly selected = this.shown.key;
  readonly baseline = computed(() => this.shown.value()?.baseline ?? null);
  readonly approvals = computed(() => this.shown.value()?.approvals ?? null);
  readonly baselineLoading = this.shown.loading;
  readonly baselineError = this.shown.error;

  readonly diff = this.reads.diff;
  readonly auditPage = this.reads.auditPage;
  readonly pdf = this.reads.pdf;

  async load(initiativeId: string): Promise<void> {
    if (this.plan.key() !== initiativeId) this.shown.clear();
    await this.plan.load(initiativeId, () => this.fetchPlan(initiativeId), true);
  }

  async reload(): Promise<void> {
    const id = this.plan.key();
    if (id) await this.load(id);
  }

  /** Shows a baseline with, once submitted, where its approval stands. */
  async select(number: number, force = false): Promise<void> {
    await this.shown.load(
      number,
      async () => {
        const { initiativeId, artifactId } = this.reads.ids();
        const baseline = await firstValueFrom(
          this.artifacts.getVersion<ActionPlanContent>(initiativeId, artifactId, number),
        );
        const approvals =
          baseline.status === 'draft'
            ? null
            : await firstValueFrom(this.artifacts.approvals(initiativeId, artifactId, number));
        return { baseline, approvals };
      },
      force,
    );
  }

  /** Starts a baseline draft with the measures as they are now. */
  async createVersion(): Promise<Baseline> {
    const { initiativeId, artifactId } = this.reads.ids();
    const baseline = await firstValueFrom(
      this.artifacts.createVersion<ActionPlanContent>(initiativeId, artifactId),
    );
    await this.refresh();
    this.shown.show(baseline.number, { baseline, approvals: null });
    return baseline;
  }

  /** Freezes the measures into the draft and asks the steering group. */
  async submit(number: number): Promise<Baseline> {
    const { initiativeId, artifactId } = this.reads.ids();
    const submitted = await firstValueFrom(
      this.artifacts.submit<ActionPlanContent>(initiativeId, artifactId, number),
    );
    await Promise.all([this.refresh(), this.select(number, true)]);
    return submitted;
  }

  /** A steering member's decision; the baseline may become approved or rejected with it. */
  async decide(number: number, request: ApprovalRequest): Promise<void> {
    const { initiativeId, artifactId } = this.reads.ids();
    await firstValueFrom(this.artifacts.decide(initiativeId, artifactId, number, request));
    await Promise.all([this.refresh(), this.select(number, true)]);
  }

  /** The list of baselines and the plan's status, after a change. */
  private async refresh(): Promise<void> {
    const initiativeId = this.plan.key();
    if (!initiativeId) return;
    const plan = await this.fetchPlan(initiativeId);
    this.plan.update(initiativeId, () => plan);
  }

  /** The status names the action plan's artifact, which lists the baselines. */
  private async fetchPlan(initiativeId: string): Promise<Plan> {
    const status = await firstValueFrom(this.api.status(initiativeId));
    const artifact = await firstValueFrom(this.artifacts.get(initiativeId, status.artifactId));
    return { artifact, status };
  }
}
