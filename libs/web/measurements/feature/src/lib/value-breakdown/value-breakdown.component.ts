import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { BreakdownGroup } from '@gw/web/measurements/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { periodLabel, valueText } from '../measurement-text';

/**
 * The latest period's approved values per cell, one table per combination of dimensions; a bar
 * beside each number shows its size at a glance, the number stays the information.
 */
@Component({
  selector: 'gw-value-breakdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @for (group of groups(); track group.dimensions.join()) {
      <table class="table">
        <caption>
          {{
            'measurements.breakdown.caption' | t: caption(group)
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ group.dimensions.join(' × ') }}</th>
            <th scope="col" class="number">{{ 'measurements.table.value' | t }}</th>
            <th scope="col" class="bar-col" aria-hidden="true"></th>
            <th scope="col" class="number">{{ 'measurements.table.cases' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of group.rows; track row.label) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              <td class="number">{{ format(row.value) }}</td>
              <td class="bar-col" aria-hidden="true">
                <span
                  class="bar"
                  [style.width.%]="group.max ? (100 * row.value) / group.max : 0"
                ></span>
              </td>
              <td class="number">{{ row.cases ?? ('measurements.none' | t) }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
      gap: var(--gw-space-5);
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    caption {
      margin-block-end: var(--gw-space-2);
      text-align: start;
      font: var(--mat-sys-title-small);
    }
    th,
    td {
      padding: var(--gw-space-1) var(--gw-space-2);
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      font-weight: 400;
    }
    thead th {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .bar-col {
      width: 35%;
    }
    .bar {
      display: block;
      height: 12px;
      min-width: 2px;
      border-radius: 0 4px 4px 0;
      background: var(--mat-sys-primary);
    }
  `,
})
export class ValueBreakdownComponent {
  private readonly i18n = inject(I18nService);

  readonly groups = input.required<BreakdownGroup[]>();
  readonly unit = input.required<string>();

  protected caption(group: BreakdownGroup) {
    return {
      dimensions: group.dimensions.join(' × '),
      period: periodLabel(group.period, this.i18n),
    };
  }

  protected format(value: number): string {
    return valueText(value, this.unit(), this.i18n);
  }
}
