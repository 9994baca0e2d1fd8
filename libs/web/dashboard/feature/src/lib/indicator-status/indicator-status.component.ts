import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { IndicatorStatus } from '@gw/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';

/** One icon per status, so that the status is never told by colour alone. */
const ICONS: Record<IndicatorStatus, string> = {
  on_track: 'check_circle',
  at_risk: 'warning',
  off_track: 'error',
  no_path: 'explore_off',
  no_data: 'do_not_disturb_on',
};

/** An indicator's status against its path as a chip: icon, word and colour. */
@Component({
  selector: 'gw-indicator-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TranslatePipe],
  template: `
    <span class="chip" [class]="'status-' + status()">
      <mat-icon aria-hidden="true" [svgIcon]="icon()" />
      {{ label() | t }}
    </span>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: var(--gw-space-1);
      padding: 2px var(--gw-space-3) 2px var(--gw-space-2);
      border-radius: 999px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    mat-icon {
      width: 18px;
      height: 18px;
    }
    .status-on_track {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .status-at_risk {
      background: #ffdfb8;
      color: #5c2f00;
    }
    .status-off_track {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .status-no_path,
    .status-no_data {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class IndicatorStatusComponent {
  readonly status = input.required<IndicatorStatus>();

  protected readonly icon = computed(() => ICONS[this.status()]);
  protected readonly label = computed((): TranslationKey => `dashboard.status.${this.status()}`);
}
