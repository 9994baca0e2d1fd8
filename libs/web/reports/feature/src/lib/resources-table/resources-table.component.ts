import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ReportContent } from '@gw/shared/contracts';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';

/** The resources each actor put in during the period, in euros and staff hours, with the sum. */
@Component({
  selector: 'gw-resources-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (rows().length) {
      <div class="scroll">
        <table class="table">
          <caption class="visually-hidden">
            {{
              'reports.resources.caption' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reports.resources.actor' | t }}</th>
              <th scope="col" class="num">{{ 'reports.resources.eur' | t }}</th>
              <th scope="col" class="num">{{ 'reports.resources.hours' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.actor) {
              <tr>
                <th scope="row">{{ row.actor }}</th>
                <td class="num">{{ row.eur }}</td>
                <td class="num">{{ row.hours }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{{ 'reports.resources.total' | t }}</th>
              <td class="num">{{ total().eur }}</td>
              <td class="num">{{ total().hours }}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    } @else {
      <p class="none">{{ 'reports.resources.none' | t }}</p>
    }
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: var(--gw-space-2) var(--gw-space-3);
      text-align: start;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    thead th {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    tbody th {
      font-weight: 400;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    tfoot th,
    tfoot td {
      font-weight: 600;
      border-block-end: 0;
    }
    .none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ResourcesTableComponent {
  readonly resources = input.required<ReportContent['resources']>();

  private readonly i18n = inject(I18nService);
  private readonly formats = computed(() => ({
    eur: new Intl.NumberFormat(this.i18n.locale(), {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }),
    hours: new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }),
  }));
  protected readonly rows = computed(() =>
    this.resources().map((row) => ({
      actor: row.actorName,
      eur: this.formats().eur.format(row.eur),
      hours: this.formats().hours.format(row.staffHours),
    })),
  );
  protected readonly total = computed(() => {
    const sum = this.resources().reduce(
      (acc, row) => ({ eur: acc.eur + row.eur, hours: acc.hours + row.staffHours }),
      { eur: 0, hours: 0 },
    );
    return {
      eur: this.formats().eur.format(sum.eur),
      hours: this.formats().hours.format(sum.hours),
    };
  });
}
