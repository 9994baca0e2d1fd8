import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  type Dimension,
  MEASUREMENT_STATUSES,
  type Measurement,
  type MeasurementStatus,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import { IndicatorsStore, sortedTargets } from '@gw/web/indicators/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import {
  IndicatorValuesStore,
  MeasurementRights,
  latestBreakdown,
} from '@gw/web/measurements/data-access';
import { TrendChartComponent, type TrendChartTexts } from '@gw/web/shared/charts';
import { messageOf, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, PageHeaderComponent, openFormDialog } from '@gw/web/shared/ui';
import {
  CorrectionDialogComponent,
  type CorrectionDialogData,
} from '../correction-dialog/correction-dialog.component';
import {
  cellText,
  frequencyKey,
  periodLabel,
  statusKey,
  trendData,
  trendSummary,
  valueText,
  visibilityKey,
} from '../measurement-text';
import {
  ReturnDialogComponent,
  type ReturnDialogData,
} from '../return-dialog/return-dialog.component';
import { ValueBreakdownComponent } from '../value-breakdown/value-breakdown.component';
import { DeliveryDialogComponent } from '../delivery-dialog/delivery-dialog.component';
import { ValueDialogComponent, type ValueDialogData } from '../value-dialog/value-dialog.component';
import { ValueTableComponent } from '../value-table/value-table.component';

/**
 * `/initiatives/:id/measurements/:indicatorId`: one indicator with its trend (approved totals
 * against baseline and targets), the latest breakdown by dimension and the table of all values
 * with history and comments. Entering, correcting and reviewing are offered as the API allows.
 */
@Component({
  selector: 'gw-indicator-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [IndicatorValuesStore],
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeaderComponent,
    ErrorMessageComponent,
    TrendChartComponent,
    ValueBreakdownComponent,
    ValueTableComponent,
    TranslatePipe,
  ],
  templateUrl: './indicator-page.component.html',
  styleUrl: './indicator-page.component.scss',
})
export class IndicatorPageComponent {
  readonly indicatorId = input.required<string>();

  private readonly initiatives = inject(InitiativesStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);
  protected readonly indicators = inject(IndicatorsStore);
  protected readonly store = inject(IndicatorValuesStore);
  protected readonly rights = inject(MeasurementRights);

  protected readonly statuses = MEASUREMENT_STATUSES;
  protected readonly statusKey = statusKey;
  protected readonly frequencyKey = frequencyKey;
  protected readonly visibilityKey = visibilityKey;
  protected readonly errorMessage = messageOf(this.store.error);
  protected readonly indicatorsError = messageOf(this.indicators.error);

  protected readonly indicator = computed(
    () => this.indicators.indicators()?.find((item) => item.id === this.indicatorId()) ?? null,
  );
  protected readonly dimensions = computed(() => {
    const all = this.indicators.dimensions() ?? [];
    return (this.indicator()?.dimensionIds ?? [])
      .map((id) => all.find((dimension) => dimension.id === id))
      .filter((dimension): dimension is Dimension => dimension !== undefined);
  });
  protected readonly canEnter = computed(() => {
    const indicator = this.indicator();
    return indicator !== null && this.rights.canEnter(indicator);
  });
  protected readonly chart = computed(() => {
    const indicator = this.indicator();
    const series = this.store.series();
    if (!indicator || !series) return null;
    const data = trendData(indicator, series, this.i18n);
    return { data, label: trendSummary(indicator, data, this.i18n) };
  });
  protected readonly chartTexts = computed<TrendChartTexts>(() => ({
    actual: this.i18n.t('measurements.chart.actual'),
    baseline: this.i18n.t('measurements.chart.baseline'),
    target: this.i18n.t('measurements.chart.target'),
    cases: this.i18n.t('measurements.chart.cases'),
  }));
  protected readonly breakdown = computed(() => {
    const series = this.store.series();
    return series ? latestBreakdown(series) : [];
  });
  protected readonly targets = computed(() => {
    const indicator = this.indicator();
    return indicator ? sortedTargets(indicator.targets) : [];
  });

  constructor() {
    effect(() => {
      const initiativeId = this.initiatives.access()?.id;
      const indicatorId = this.indicatorId();
      if (!initiativeId) return;
      untracked(() => {
        if (this.indicators.indicators() === null) void this.indicators.load(initiativeId);
        void this.store.load(initiativeId, indicatorId);
        void this.rights.loadMembership();
      });
    });
  }

  protected value(value: number): string {
    return valueText(value, this.indicator()?.unit ?? '', this.i18n);
  }

  protected date(date: string | null): string {
    return date ? this.i18n.formatDate(`${date}T12:00:00`) : '';
  }

  protected filterStatus(status: MeasurementStatus | null): void {
    void this.store.setFilter({ status, page: 1 });
  }

  protected changePage(event: PageEvent): void {
    void this.store.setFilter({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected retry(): void {
    void this.store.refresh();
  }

  protected async enter(): Promise<void> {
    const indicator = this.indicator();
    if (!indicator) return;
    const created = await openFormDialog<ValueDialogComponent, ValueDialogData, Measurement>(
      this.dialog,
      ValueDialogComponent,
      { indicator, dimensions: this.dimensions(), needsReview: !this.rights.canReview() },
      this.injector,
    );
    if (created) {
      this.notify(
        created.status === 'approved'
          ? 'measurements.created.approved'
          : 'measurements.created.submitted',
      );
    }
  }

  /** A period's total and cells in one form: for an indicator broken down by dimensions. */
  protected async enterDelivery(): Promise<void> {
    const indicator = this.indicator();
    if (!indicator) return;
    const created = await openFormDialog<DeliveryDialogComponent, ValueDialogData, Measurement[]>(
      this.dialog,
      DeliveryDialogComponent,
      { indicator, dimensions: this.dimensions(), needsReview: !this.rights.canReview() },
      this.injector,
    );
    if (created) {
      this.snackBar.open(
        this.i18n.t('measurements.delivery.created', { count: created.length }),
        this.i18n.t('action.close'),
        { duration: 5000 },
      );
    }
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
        unit: this.indicator()?.unit ?? '',
        subject: this.subject(value),
        needsReview: !this.rights.canReview(),
        save: (current, correction) => this.store.correct(current, correction),
        current: (current) => this.store.current(current),
      },
      this.injector,
    );
    if (saved) this.notify('measurements.corrected');
  }

  protected async approve(value: Measurement): Promise<void> {
    try {
      await this.store.review(value, 'approve');
      this.notify('measurements.approved');
    } catch (error) {
      await this.reviewFailed(error);
    }
  }

  protected async returnValue(value: Measurement): Promise<void> {
    const result = await openFormDialog<
      ReturnDialogComponent,
      ReturnDialogData,
      'returned' | 'stale'
    >(
      this.dialog,
      ReturnDialogComponent,
      {
        title: this.i18n.t('measurements.return.title'),
        intro: this.i18n.t('measurements.return.intro', {
          ...this.subject(value),
          indicator: this.indicator()?.name ?? '',
          value: this.value(value.value),
        }),
        send: (comment) => this.store.review(value, 'return', comment),
      },
      this.injector,
    );
    if (result === 'stale') await this.store.refresh();
    else if (result) this.notify('measurements.returned');
  }

  private subject(value: Measurement): { period: string; cell: string } {
    return {
      period: periodLabel(value.period, this.i18n),
      cell: cellText(value.cell, this.dimensions(), this.i18n),
    };
  }

  /** Someone reviewed or corrected it meanwhile: say so and show the current state. */
  private async reviewFailed(error: unknown): Promise<void> {
    const problem = toProblem(error);
    if (problem.type === PROBLEM_TYPES.staleVersion) {
      this.notify('measurements.stale');
      await this.store.refresh();
      return;
    }
    const message = problemMessage(problem);
    this.snackBar.open(this.i18n.t(message.key, message.params), this.i18n.t('action.close'), {
      duration: 5000,
    });
  }

  private notify(key: TranslationKey): void {
    this.snackBar.open(this.i18n.t(key), this.i18n.t('action.close'), { duration: 5000 });
  }
}
