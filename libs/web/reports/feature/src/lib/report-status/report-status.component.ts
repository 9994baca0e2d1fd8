import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { VersionStatus } from '@gw/shared/contracts';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { reportStatusKey } from '../report-keys';

const ICONS: Partial<Record<VersionStatus, string>> = {
  draft: 'edit',
  in_review: 'how_to_vote',
  approved: 'check_circle',
  rejected: 'block',
  published: 'verified',
};

/** The state of a report version as a chip: an icon and a word, so colour is never the only cue. */
@Component({
  selector: 'gw-report-status',
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
    [data-status='in_review'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    [data-status='approved'],
    [data-status='published'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    [data-status='rejected'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class ReportStatusComponent {
  readonly status = input.required<VersionStatus>();

  protected readonly key = computed(() => reportStatusKey(this.status()));
  protected readonly icon = computed(() => ICONS[this.status()] ?? 'history');
}
