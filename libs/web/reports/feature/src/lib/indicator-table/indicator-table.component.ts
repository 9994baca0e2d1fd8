import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { IndicatorVisibility } from '@gw/shared/contracts';
import { type IndicatorView, formatValue } from '@gw/web/reports/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { IndicatorStatusComponent } from '../indicator-status/indicator-status.component';
import { periodLabel, visibilityKey } from '../report-keys';

/** One indicator's row with its numbers already written out in the UI's language. */
interface Row {
  view: IndicatorView;
  values: { period: string; label: string; text: string }[];
  baseline: string | null;
  baselineDate: string | null;
  target: string | null;
  targetDate: string | null;
  cells: { label: string; text: string | null; cases: number | null; suppressed: boolean }[];
}

/**
 * The indicators of one goal as a table: the values of each period, baseline, target and where it
 * stands; below an indicator its disaggregated values. For members a cell with too few cases is
 * marked as what the public link will hide; on the public page it comes suppressed.
 */
@Component({
  selector: 'gw-indicator-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, IndicatorStatusComponent, TranslatePipe],
  templateUrl: './indicator-table.component.html',
  styleUrl: './indicator-table.component.scss',
})
export class IndicatorTableComponent {
  readonly caption = input.required<string>();
  readonly indicators = input.required<IndicatorView[]>();
  /** Disaggregated values resting on fewer cases than this are (or will publicly be) hidden. */
  readonly threshold = input.required<number>();
  readonly audience = input<'member' | 'public'>('member');

  private readonly i18n = inject(I18nService);
  protected readonly visibilityKey = visibilityKey;
  protected readonly visibilityIcon: Record<IndicatorVisibility, string> = {
    internal: 'lock',
    partners: 'groups',
    public: 'visibility',
  };

  protected readonly rows = computed((): Row[] => {
    const locale = this.i18n.locale();
    const date = (value: string | null) => (value ? this.i18n.formatDate(value) : null);
    return this.indicators().map((view) => ({
      view,
      values: view.values.map((value) => ({
        period: value.period,
        label: periodLabel(value.period, this.i18n),
        text: formatValue(value.value, view.unit, locale) ?? '',
      })),
      baseline: formatValue(view.baseline, view.unit, locale),
      baselineDate: date(view.baselineDate),
      target: formatValue(view.target, view.unit, locale),
      targetDate: date(view.targetDate),
      cells: view.cells.map((cell) => ({
        label: cell.label,
        text: formatValue(cell.value, view.unit, locale),
        cases: cell.cases,
        suppressed: cell.suppressed,
      })),
    }));
  });
}
