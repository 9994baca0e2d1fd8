import { type HttpEvent, HttpEventType, type HttpResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, filter, firstValueFrom, map, tap } from 'rxjs';
import {
  DEFAULT_PAGE_SIZE,
  type Indicator,
  type Measurement,
  type MeasurementFileFormat,
  type MeasurementImportResult,
  type Page,
} from '@gw/shared/contracts';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import type { ValueCorrection } from './indicator-values.store';
import { type MeasurementFile, MeasurementsApi } from './measurements.api';

/** Coordination reviews the submitted values; data stewards correct their returned ones. */
export type QueueKind = 'submitted' | 'returned';

interface QueueState {
  kind: QueueKind | null;
  page: Page<Measurement> | null;
  loading: boolean;
  error: Problem | null;
}

interface OverviewState {
  initiativeId: string | null;
  queue: QueueState;
  /** The latest approved total per indicator id; null when it has none yet. */
  latest: Record<string, Measurement | null>;
}

const NO_QUEUE: QueueState = { kind: null, page: null, loading: false, error: null };

/**
 * The measurements overview of one initiative: the review queue across indicators, the latest
 * approved value of each indicator, the import template and the import. Writes throw the API's
 * problem to the caller.
 */
@Injectable({ providedIn: 'root' })
export class MeasurementsOverviewStore {
  private readonly api = inject(MeasurementsApi);
  private readonly state = signal<OverviewState>({
    initiativeId: null,
    queue: NO_QUEUE,
    latest: {},
  });

  readonly queue = computed(() => this.state().queue.page);
  readonly queueKind = computed(() => this.state().queue.kind);
  readonly queueLoading = computed(() => this.state().queue.loading);
  readonly queueError = computed(() => this.state().queue.error);
  readonly latest = computed(() => this.state().latest);

  /** Starts over for another initiative. */
  open(initiativeId: string): void {
    if (this.state().initiativeId === initiativeId) return;
    this.state.set({ initiativeId, queue: NO_QUEUE, latest: {} });
  }

  async loadQueue(kind: QueueKind, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<void> {
    const initiativeId = this.initiativeId();
    this.setQueue({ kind, loading: true, error: null });
    try {
      const values = await firstValueFrom(
        this.api.listAcross(initiativeId, { status: kind, page, pageSize }),
      );
      if (this.state().initiativeId !== initiativeId) return;
      this.setQueue({ page: values, loading: false });
    } catch (error) {
      if (this.state().initiativeId !== initiativeId) return;
      this.setQueue({ loading: false, error: toProblem(error) });
    }
  }

  /** The latest approved total of each indicator, read one indicator at a time in parallel. */
  async loadLatest(indicators: Indicator[]): Promise<void> {
    const initiativeId = this.initiativeId();
    const entries = await Promise.all(
      indicators.map(async (indicator) => {
        try {
          const page = await firstValueFrom(
            this.api.list(initiativeId, indicator.id, {
              status: 'approved',
              cells: 'total',
              pageSize: 1,
            }),
          );
          return [indicator.id, page.items[0] ?? null] as const;
        } catch {
          // One unreadable indicator shows no latest value; the others still do.
          return [indicator.id, null] as const;
        }
      }),
    );
    if (this.state().initiativeId !== initiativeId) return;
    this.state.update((state) => ({ ...state, latest: Object.fromEntries(entries) }));
  }

  /** Approves or returns a value of the queue; it leaves the queue. */
  async review(value: Measurement, decision: 'approve' | 'return', comment?: string) {
    const saved = await firstValueFrom(
      this.api.review(this.initiativeId(), value, {
        decision,
        version: value.version,
        ...(comment ? { comment } : {}),
      }),
    );
    this.dropFromQueue(value.id);
    return saved;
  }

  /** A steward's correction sends a returned value back to review: it leaves the queue. */
  async correct(value: Measurement, correction: ValueCorrection): Promise<Measurement> {
    const saved = await firstValueFrom(
      this.api.correct(this.initiativeId(), value, { ...correction, version: value.version }),
    );
    this.dropFromQueue(value.id);
    return saved;
  }

  /** The value as it is now, e.g. after a conflict. */
  current(value: Measurement): Promise<Measurement> {
    return firstValueFrom(this.api.get(this.initiativeId(), value));
  }

  private dropFromQueue(measurementId: string): void {
    const page = this.state().queue.page;
    if (!page || !page.items.some((item) => item.id === measurementId)) return;
    this.setQueue({
      page: {
        ...page,
        items: page.items.filter((item) => item.id !== measurementId),
        total: page.total - 1,
      },
    });
  }

  template(format: MeasurementFileFormat): Promise<MeasurementFile> {
    return firstValueFrom(this.api.template(this.initiativeId(), format));
  }

  /**
   * Uploads a file, telling `progress` the share sent so far (0–1); nothing is written when it
   * has errors (400 import-invalid, thrown).
   */
  async import(
    file: Blob,
    format: MeasurementFileFormat,
    progress: (share: number) => void,
  ): Promise<MeasurementImportResult> {
    const events: Observable<HttpEvent<MeasurementImportResult>> = this.api.import(
      this.initiativeId(),
      file,
      format,
    );
    return firstValueFrom(
      events.pipe(
        tap((event) => {
          if (event.type === HttpEventType.UploadProgress && event.total) {
            progress(event.loaded / event.total);
          }
        }),
        filter(
          (event): event is HttpResponse<MeasurementImportResult> =>
            event.type === HttpEventType.Response,
        ),
        map((event) => event.body ?? { created: 0, updated: 0, unchanged: 0 }),
      ),
    );
  }

  private setQueue(change: Partial<QueueState>): void {
    this.state.update((state) => ({ ...state, queue: { ...state.queue, ...change } }));
  }

  private initiativeId(): string {
    const id = this.state().initiativeId;
    if (!id) throw new Error('No initiative opened');
    return id;
  }
}
