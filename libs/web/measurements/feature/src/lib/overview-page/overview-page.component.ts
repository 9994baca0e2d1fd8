import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  type Indicator,
  type Measurement,
  type MeasurementFileFormat,
  type MeasurementImportResult,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import { IndicatorsStore } from '@gw/web/indicators/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import {
  type Delivery,
  MeasurementRights,
  MeasurementsOverviewStore,
  type QueueKind,
} from '@gw/web/measurements/data-access';
import { messageOf, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import {
  EmptyStateComponent,
  ErrorMessageComponent,
  PageHeaderComponent,
  openFormDialog,
  saveFile,
} from '@gw/web/shared/ui';
import {
  CorrectionDialogComponent,
  type CorrectionDialogData,
} from '../correction-dialog/correction-dialog.component';
import { MeasurementImportDialogComponent } from '../import-dialog/import-dialog.component';
import { cellText, frequencyKey, periodLabel, valueText } from '../measurement-text';
import {
  ReturnDialogComponent,
  type ReturnDialogData,
} from '../return-dialog/return-dialog.component';
import { ReviewQueueComponent } from '../review-queue/review-queue.component';

/**
 * `/initiatives/:id/measurements`: what waits for the caller (coordination: values to review;
 * data stewards: values returned to them), every indicator with its latest approved value, and
 * the import with its template.
 */
@Component({
  selector: 'gw-measurements-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatPaginatorModule,
    MatProgressBarModule,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorMessageComponent,
    ReviewQueueComponent,
    TranslatePipe,
  ],
  templateUrl: './overview-page.component.html',
  styleUrl: './overview-page.component.scss',
})
export class OverviewPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18nService);
  protected readonly indicators = inject(IndicatorsStore);
  protected readonly store = inject(MeasurementsOverviewStore);
  protected readonly rights = inject(MeasurementRights);

  protected readonly frequencyKey = frequencyKey;
  protected readonly indicatorsError = messageOf(this.indicators.error);
  protected readonly queueError = messageOf(this.store.queueError);
  protected readonly downloading = signal(false);

  /** The indicators whose values the caller enters. */
  protected readonly mine = computed(
    () =>
      new Set(
        (this.indicators.indicators() ?? [])
          .filter((i) => this.rights.canEnter(i))
          .map((i) => i.id),
      ),
  );
  /** Coordination reviews; a data steward sees what came back; everyone else neither. */
  protected readonly queueKind = computed<QueueKind | null>(() => {
    if (this.rights.canReview()) return 'submitted';
    return this.mine().size > 0 ? 'returned' : null;
  });
  private readonly indicatorsLoaded = computed(() => this.indicators.indicators() !== null);
  /** A steward sees only what they may correct. */
  protected readonly queueItems = computed(() =>
    (this.store.queue()?.items ?? []).filter(
      (value) => this.queueKind() === 'submitted' || this.mine().has(value.indicatorId),
    ),
  );

  constructor() {
    effect(() => {
      const id = this.initiatives.access()?.id;
      if (!id) return;
      untracked(() => {
        this.store.open(id);
        void this.load(id);
      });
    });
    effect(() => {
      const kind = this.queueKind();
      if (kind && this.indicatorsLoaded()) untracked(() => void this.store.loadQueue(kind));
    });
  }

  protected latestText(indicator: Indicator): string | null {
    const latest = this.store.latest()[indicator.id];
    if (!latest) return null;
    return `${valueText(latest.value, indicator.unit, this.i18n)} (${periodLabel(latest.period, this.i18n)})`;
  }

  protected async download(format: MeasurementFileFormat): Promise<void> {
    if (this.downloading()) return;
    this.downloading.set(true);
    try {
      const file = await this.store.template(format);
      saveFile(this.document, file.blob, file.filename);
    } catch {
      this.notify('measurements.template.failed');
    } finally {
      this.downloading.set(false);
    }
  }

  protected async openImport(): Promise<void> {
    const result = await openFormDialog<
      MeasurementImportDialogComponent,
      void,
      MeasurementImportResult
    >(this.dialog, MeasurementImportDialogComponent, undefined, this.injector);
    if (result) await this.reloadAfterChange();
  }

  protected changeQueuePage(event: PageEvent): void {
    const kind = this.queueKind();
    if (kind) void this.store.loadQueue(kind, event.pageIndex + 1, event.pageSize);
  }

  protected retryQueue(): void {
    const kind = this.queueKind();
    if (kind) void this.store.loadQueue(kind);
  }

  /** Approves a delivery as a whole: the values of one indicator's period shown together. */
  protected async approve(delivery: Delivery): Promise<void> {
    try {
      await this.store.review(delivery, 'approve');
      this.notify(...this.reviewed(delivery, 'approved'));
      await this.store.loadLatest(this.indicators.indicators() ?? []);
    } catch (error) {
      const problem = toProblem(error);
      if (problem.type === PROBLEM_TYPES.staleVersion) {
        this.notify('measurements.delivery.stale');
        this.retryQueue();
        return;
      }
      const message = problemMessage(problem);
      this.snackBar.open(this.i18n.t(message.key, message.params), this.i18n.t('action.close'), {
        duration: 5000,
      });
    }
  }

  /** Returns a delivery as a whole, with the reason its data stewards read. */
  protected async returnValue(delivery: Delivery): Promise<void> {
    const [first] = delivery.values;
    if (!first) return;
    const indicator = this.indicatorOf(first);
    const single = delivery.values.length === 1;
    const result = await openFormDialog<
      ReturnDialogComponent,
      ReturnDialogData,
      'returned' | 'stale'
    >(
      this.dialog,
      ReturnDialogComponent,
      {
        title: this.i18n.t(
          single ? 'measurements.return.title' : 'measurements.delivery.returnTitle',
        ),
        intro: this.i18n.t(
          single ? 'measurements.return.intro' : 'measurements.delivery.returnIntro',
          {
            ...this.subject(first),
            indicator: indicator?.name ?? '',
            value: valueText(first.value, indicator?.unit ?? '', this.i18n),
            count: delivery.values.length,
          },
        ),
        send: (comment) => this.store.review(delivery, 'return', comment),
      },
      this.injector,
    );
    if (result === 'stale') this.retryQueue();
    else if (result) this.notify(...this.reviewed(delivery, 'returned'));
  }

  /** What the snackbar says after a review: of the value, or of the delivery's values. */
  private reviewed(
    delivery: Delivery,
    outcome: 'approved' | 'returned',
  ): [TranslationKey, { count: number }] {
    const count = delivery.values.length;
    const key: TranslationKey =
      count === 1 ? `measurements.${outcome}` : `measurements.delivery.${outcome}`;
    return [key, { count }];
  }

  protected async correct(value: Measurement): Promise<void> {
    const saved = await openFormDialog<
      CorrectionDialogComponent,
      CorrectionDialogData,
      Measurement
    >(
      this.dialog,
      CorrectionDialogComponent,
      {
        value,
        unit: this.indicatorOf(value)?.unit ?? '',
        subject: this.subject(value),
        needsReview: !this.rights.canReview(),
        save: (current, correction) => this.store.correct(current, correction),
        current: (current) => this.store.current(current),
      },
      this.injector,
    );
    if (saved) this.notify('measurements.corrected');
  }

  private async load(initiativeId: string): Promise<void> {
    await Promise.all([this.indicators.load(initiativeId), this.rights.loadMembership()]);
    await this.store.loadLatest(this.indicators.indicators() ?? []);
  }

  private async reloadAfterChange(): Promise<void> {
    this.retryQueue();
    await this.store.loadLatest(this.indicators.indicators() ?? []);
  }

  private indicatorOf(value: Measurement): Indicator | undefined {
    return this.indicators.indicators()?.find((indicator) => indicator.id === value.indicatorId);
  }

  private subject(value: Measurement): { period: string; cell: string } {
    return {
      period: periodLabel(value.period, this.i18n),
      cell: cellText(value.cell, this.indicators.dimensions() ?? [], this.i18n),
    };
  }

  private notify(key: TranslationKey, params?: Record<string, string | number>): void {
    this.snackBar.open(this.i18n.t(key, params), this.i18n.t('action.close'), { duration: 5000 });
  }
}
