import { type HttpEvent, HttpEventType, type HttpResponse } from '@angular/common/http';
import { Injectable, computed, inject } from '@angular/core';
import { type Observable, filter, firstValueFrom, map, tap } from 'rxjs';
import {
  DEFAULT_PAGE_SIZE,
  type Indicator,
  type Measurement,
  type MeasurementFileFormat,
  type MeasurementImportResult,
  type Page,
} from '@gw/shared/contracts';
import { KeyedLoad } from '@gw/web/shared/data-access';
import type { ValueCorrection } from './indicator-values.store';
import { type MeasurementFile, MeasurementsApi } from './measurements.api';
import type { Delivery } from './measurement-views';

/** Coordination reviews the submitted values; data stewards correct their returned ones. */
export type QueueKind = 'submitted' | 'returned';

/** The latest approved total per indicator id; null when it has none yet. */
type LatestValues = Record<string, Measurement | null>;

/**
 * The measurements overview of one initiative: the review queue across indicators, the latest
 * approved value of each indicator, the import template and the import. Writes throw the API's
 * problem to the caller.
 */
@Injectable({ providedIn: 'root' })
export class MeasurementsOverviewStore {
  private readonly api = inject(MeasurementsApi);
  /** The initiative opened, with the latest values read for it. */
  private readonly opened = new KeyedLoad<string, LatestValues>();
  private readonly queued = new KeyedLoad<readonly [string, QueueKind], Page<Measurement>>();

  readonly queue = this.queued.value;
  readonly queueKind = computed(() => this.queued.key()?.[1] ?? null);
  readonly queueLoading = this.queued.loading;
  readonly queueError = this.queued.error;
  readonly latest = computed(() => this.opened.value() ?? {});

  /** Starts over for another initiative. */
  open(initiativeId: string): void {
    if (this.opened.isCurrent(initiativeId)) return;
    this.opened.show(initiativeId, {});
    this.queued.clear();
  }

  async loadQueue(kind: QueueKind, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<void> {
    const initiativeId = this.initiativeId();
    await this.queued.load(
      [initiativeId, kind],
      () => firstValueFrom(this.api.listAcross(initiativeId, { status: kind, page, pageSize })),
      true,
    );
  }

  /** The latest approved total of each indicator, read one indicator at a time in parallel. */
  async loadLatest(indicators: Indicator[]): Promise<void> {
    const initiativeId = this.initiativeId();
    await this.opened.load(initiativeId, () => this.fetchLatest(initiativeId, indicators), true);
  }

  /**
   * Approves or returns a delivery of the queue at once (the values shown, at the versions
   * shown); they leave the queue.
   */
  async review(delivery: Delivery, decision: 'approve' | 'return', comment?: string) {
    const saved = await firstValueFrom(
      this.api.reviewDelivery(this.initiativeId(), delivery.indicatorId, {
        period: delivery.period,
        decision,
        ...(comment ? { comment } : {}),
        values: delivery.values.map(({ id, version }) => ({ id, version })),
      }),
    );
    this.dropFromQueue(delivery.values.map((value) => value.id));
    return saved;
  }

  /** A steward's correction sends a returned value back to review: it leaves the queue. */
  async correct(value: Measurement, correction: ValueCorrection): Promise<Measurement> {
    const saved = await firstValueFrom(
      this.api.correct(this.initiativeId(), value, { ...correction, version: value.version }),
    );
    this.dropFromQueue([value.id]);
    return saved;
  }

  /** The value as it is now, e.g. after a conflict. */
  current(value: Measurement): Promise<Measurement> {
    return firstValueFrom(this.api.get(this.initiativeId(), value));
  }

  private dropFromQueue(measurementIds: string[]): void {
    const key = this.queued.key();
    if (!key) return;
    const dropped = new Set(measurementIds);
    this.queued.update(key, (page) => {
      const items = page.items.filter((item) => !dropped.has(item.id));
      return items.length === page.items.length
        ? page
        : { ...page, items, total: page.total - (page.items.length - items.length) };
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

  private async fetchLatest(initiativeId: string, indicators: Indicator[]) {
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
    return Object.fromEntries(entries);
  }

  private initiativeId(): string {
    const id = this.opened.key();
    if (!id) throw new Error('No initiative opened');
    return id;
  }
}
