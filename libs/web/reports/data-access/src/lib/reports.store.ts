import { Injectable, computed, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  ArtifactSummary,
  CreateReportRequest,
  ReportComparison,
  ReportContent,
} from '@gw/shared/contracts';
import { ArtifactsApi } from '@gw/web/artifacts/data-access';
import { KeyedLoad } from '@gw/web/shared/data-access';
import { ReportsApi, type Report } from './reports.api';

/** The period a report covers, read from its latest version (the list does not carry it). */
export type ReportPeriod = Pick<ReportContent, 'periodType' | 'periodStart' | 'periodEnd'>;

interface Reports {
  reports: ArtifactSummary[];
  /** By report id; read one report at a time after the list, so it may lack some. */
  periods: Record<string, ReportPeriod>;
}

/**
 * The reports of one initiative, newest first, with the period each covers; creating a report and
 * comparing two. Writes throw the API's problem to the caller.
 */
@Injectable({ providedIn: 'root' })
export class ReportsStore {
  private readonly api = inject(ReportsApi);
  private readonly artifacts = inject(ArtifactsApi);
  private readonly list = new KeyedLoad<string, Reports>();

  readonly reports = computed(() =>
    [...(this.list.value()?.reports ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  );
  readonly loaded = computed(() => this.list.value() !== null);
  readonly periods = computed(() => this.list.value()?.periods ?? {});
  readonly loading = this.list.loading;
  readonly error = this.list.error;

  async load(initiativeId: string): Promise<void> {
    const loaded = await this.list.load(
      initiativeId,
      async (kept) => ({
        reports: await firstValueFrom(this.artifacts.list(initiativeId, 'impact_report')),
        periods: kept?.periods ?? {},
      }),
      true,
    );
    if (loaded) await this.loadPeriods(initiativeId, loaded);
  }

  async reload(): Promise<void> {
    const id = this.list.key();
    if (id) await this.load(id);
  }

  async create(request: CreateReportRequest): Promise<Report> {
    const initiativeId = this.initiativeId();
    const report = await firstValueFrom(this.api.create(initiativeId, request));
    // The new report is known with its period already; the list follows in the background.
    this.list.update(initiativeId, (state) => ({
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
  private async loadPeriods(initiativeId: string, { reports, periods: known }: Reports) {
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
    const periods = Object.fromEntries(found.filter((entry) => entry !== null));
    this.list.update(initiativeId, (state) => ({
      ...state,
      periods: { ...state.periods, ...periods },
    }));
  }

  private initiativeId(): string {
    const id = this.list.key();
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
