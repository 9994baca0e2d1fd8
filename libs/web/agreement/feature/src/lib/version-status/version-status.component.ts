import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { VersionStatus } from '@gw/shared/contracts';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { versionStatusKey } from '../status-keys';

/** The state of a version as a chip: an icon and a word, so that colour is never the only cue. */
@Component({
  selector: 'gw-version-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TranslatePipe],
  template: `
    <span class="chip" [attr.data-status]="status()">
      @switch (status()) {
        @case ('draft') {
          <mat-icon class="icon" aria-hidden="true" svgIcon="edit" />
        }
        @case ('signing') {
          <mat-icon class="icon" aria-hidden="true" svgIcon="how_to_vote" />
        }
        @case ('in_force') {
          <mat-icon class="icon" aria-hidden="true" svgIcon="check_circle" />
        }
        @case ('declined') {
          <mat-icon class="icon" aria-hidden="true" svgIcon="block" />
        }
        @case ('superseded') {
          <mat-icon class="icon" aria-hidden="true" svgIcon="history" />
        }
        @default {
          <mat-icon class="icon" aria-hidden="true" svgIcon="description" />
        }
      }
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
      font-size: 16px;
    }
    [data-status='signing'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    [data-status='in_force'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    [data-status='declined'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    [data-status='superseded'] {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class VersionStatusComponent {
  readonly status = input.required<VersionStatus>();

  protected readonly key = computed(() => versionStatusKey(this.status()));
}
