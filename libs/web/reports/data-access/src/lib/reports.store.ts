import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  ArtifactSummary,
  CreateReportRequest,
  ReportComparison,
  ReportContent,
} from '@gw/shared/contracts';
import { ArtifactsApi } from '@gw/web/artifacts/data-access';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { ReportsApi, type Report } from './reports.api';

/** The period a report covers, read from its latest version (the list does not carry it). */
export type ReportPeriod = Pick<ReportContent, 'periodType' | 'periodStart' | 'periodEnd'>;

interface ReportsState {
  initiativeId: string | null;
  reports: ArtifactSummary[] | null;
  periods: Record<string, ReportPeriod>;
  loading: boolean;
  error: Problem | null;
}

const EMPTY: ReportsState = {
  initiativeId: null,
  reports: null,
  periods: {},
  loading: false,
  error: null,
};

/**
 * The reports of one initiative, newest first, with the period each covers; creating a report and
 * comparing two. Writes throw the API's problem to the caller.
 */
@Injectable({ providedIn: 'root' })
export class ReportsStore {
  private readonly api = inject(ReportsApi);
  private readonly artifacts = inject(ArtifactsApi);
  private readonly state = signal<ReportsState>(EMPTY);

  readonly reports = computed(() =>
    [...(this.state().reports ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  );
  readonly loaded = computed(() => this.state().reports !== null);
  readonly periods = computed(() => this.state().periods);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  async load(initiativeId: string): Promise<void> {
    const same = this.state().initiativeId === initiativeId;
    this.state.set({ ...(same ? this.state() : EMPTY), initiativeId, loading: true, error: null });
    try {
      const reports = await firstValueFrom(this.artifacts.list(initiativeId, 'impact_report'));
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, reports, loading: false }));
      await this.loadPeriods(initiativeId, reports);
    } catch (error) {
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  async reload(): Promise<void> {
    const id = this.state().initiativeId;
    if (id) await this.load(id);
  }

  async create(request: CreateReportRequest): Promise<Report> {
    const initiativeId = this.initiativeId();
    const report = await firstValueFrom(this.api.create(initiativeId, request));
    // The new report is known with its period already; the list follows in the background.
    this.state.update((state) => ({
      ...state,
      periods: { ...state.periods, [report.artifactId]: periodOf(report.content) },
    }));
    void this.reload();
    return report;
  }

  compare(a: string, b: string): Promise<ReportComparison> {
    return firstValueFrom(this.api.compare(this.initiativeId(), a, b));
  }

  /** One request per report whose period is not known yet; a failure only leaves it out. */
  private async loadPeriods(initiativeId: string, reports: ArtifactSummary[]): Promise<void> {
    const known = this.state().periods;
    const missing = reports.filter((report) => report.latestVersion && !known[report.id]);
    const found = await Promise.all(
      missing.map(async (report) => {
        try {
          const number = report.latestVersion?.number ?? 1;
          const version = await firstValueFrom(
            this.artifacts.getVersion<ReportContent>(initiativeId, report.id, number),
          );
          return [report.id, periodOf(version.content)] as const;
        } catch {
          return null;
        }
      }),
    );
    if (this.state().initiativeId !== initiativeId) return;
    const periods = Object.fromEntries(found.filter((entry) => entry !== null));
    this.state.update((state) => ({ ...state, periods: { ...state.periods, ...periods } }));
  }

  private initiativeId(): string {
    const id = this.state().initiativeId;
    if (!id) throw new Error('No initiative loaded');
    return id;
  }
}

function periodOf(content: ReportContent): ReportPeriod {
  return {
    periodType: content.periodType,
    periodStart: content.periodStart,
    periodEnd: content.periodEnd,
  };
}
