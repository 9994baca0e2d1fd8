import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { IndicatorStatus } from '@gw/shared/contracts';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { indicatorStatusKey } from '../report-keys';

const ICONS: Record<IndicatorStatus, string> = {
  on_track: 'trending_up',
  at_risk: 'warning',
  off_track: 'trending_down',
  no_data: 'do_not_disturb_on',
};

/** Where an indicator stands against the path from baseline to target, as a word with an icon. */
@Component({
  selector: 'gw-indicator-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TranslatePipe],
  template: `
    <span class="chip" [attr.data-status]="status()">
      <mat-icon class="icon" aria-hidden="true" [svgIcon]="icon()" />
      {{ key() | t }}
    </span>
  `,
  styles: `
    .chip {
      display: inline-flex;
      align-items: center;
      gap: var(--gw-space-1);
      padding: 2px var(--gw-space-2) 2px var(--gw-space-1);
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .icon {
      width: 16px;
      height: 16px;
    }
    [data-status='on_track'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    [data-status='at_risk'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    [data-status='off_track'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    @media print {
      .chip {
        border: 1px solid currentColor;
      }
    }
  `,
})
export class IndicatorStatusComponent {
  readonly status = input.required<IndicatorStatus>();

  protected readonly key = computed(() => indicatorStatusKey(this.status()));
  protected readonly icon = computed(() => ICONS[this.status()]);
}
