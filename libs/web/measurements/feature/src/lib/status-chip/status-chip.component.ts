import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { MeasurementStatus } from '@gw/shared/contracts';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { statusKey } from '../measurement-text';

const ICONS: Record<MeasurementStatus, string> = {
  submitted: 'pending',
  approved: 'check_circle',
  returned: 'undo',
};

/** A value's review status, by word and icon (not by colour alone). */
@Component({
  selector: 'gw-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TranslatePipe],
  template: `
    <span class="chip" [class]="status()">
      <mat-icon aria-hidden="true" [svgIcon]="icons[status()]" />
      {{ statusKey(status()) | t }}
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
    }
    .chip mat-icon {
      width: 18px;
      height: 18px;
    }
    .approved {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .submitted {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .returned {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class StatusChipComponent {
  readonly status = input.required<MeasurementStatus>();
  protected readonly icons = ICONS;
  protected readonly statusKey = statusKey;
}
