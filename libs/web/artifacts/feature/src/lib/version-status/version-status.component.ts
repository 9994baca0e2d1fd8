import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { VersionStatus } from '@gw/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';

/** How a state looks, the same for every kind: waiting, done, failed, replaced. */
type Tone = 'open' | 'waiting' | 'done' | 'failed' | 'past';

const LOOKS: Record<VersionStatus, { icon: string; tone: Tone }> = {
  draft: { icon: 'edit', tone: 'open' },
  signing: { icon: 'how_to_vote', tone: 'waiting' },
  submitted: { icon: 'how_to_vote', tone: 'waiting' },
  in_review: { icon: 'how_to_vote', tone: 'waiting' },
  in_force: { icon: 'check_circle', tone: 'done' },
  approved: { icon: 'check_circle', tone: 'done' },
  published: { icon: 'visibility', tone: 'done' },
  declined: { icon: 'block', tone: 'failed' },
  rejected: { icon: 'block', tone: 'failed' },
  superseded: { icon: 'history', tone: 'past' },
};

/**
 * The state of an artifact's version as a chip: an icon and a word, so that colour is never the
 * only cue. The word is the kind's (`label`), e.g. „zur Unterzeichnung“ or „zur Freigabe“.
 */
@Component({
  selector: 'gw-version-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TranslatePipe],
  template: `
    <span class="chip" [attr.data-status]="status()" [attr.data-tone]="look().tone">
      <mat-icon class="icon" aria-hidden="true" [svgIcon]="look().icon" />
      {{ label() | t }}
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
    [data-tone='waiting'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    [data-tone='done'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    [data-tone='failed'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    [data-tone='past'] {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class VersionStatusComponent {
  /** The version's state: it picks the icon and the colour. */
  readonly status = input.required<VersionStatus>();
  /** The kind's word for the state, e.g. `versionStatusKey(status)`. */
  readonly label = input.required<TranslationKey>();

  protected readonly look = computed(() => LOOKS[this.status()]);
}
