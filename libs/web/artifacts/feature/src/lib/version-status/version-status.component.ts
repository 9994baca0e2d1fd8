import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { VersionStatus } from '@gw/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import { StatusChipComponent, type StatusTone } from '@gw/web/shared/ui';

/** How a state looks, the same for every kind: waiting, done, failed, replaced. */
const LOOKS: Record<VersionStatus, { icon: string; tone: StatusTone }> = {
  draft: { icon: 'edit', tone: 'neutral' },
  signing: { icon: 'how_to_vote', tone: 'info' },
  submitted: { icon: 'how_to_vote', tone: 'info' },
  in_review: { icon: 'how_to_vote', tone: 'info' },
  in_force: { icon: 'check_circle', tone: 'positive' },
  approved: { icon: 'check_circle', tone: 'positive' },
  published: { icon: 'verified', tone: 'positive' },
  declined: { icon: 'block', tone: 'negative' },
  rejected: { icon: 'block', tone: 'negative' },
  superseded: { icon: 'history', tone: 'muted' },
};

/**
 * The state of an artifact's version as a chip: an icon and a word, so that colour is never the
 * only cue. The word is the kind's (`label`), e.g. „zur Unterzeichnung“ or „zur Freigabe“.
 */
@Component({
  selector: 'gw-version-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusChipComponent, TranslatePipe],
  template: `
    <gw-status-chip
      [attr.data-status]="status()"
      [icon]="look().icon"
      [tone]="look().tone"
      [label]="label() | t"
    />
  `,
})
export class VersionStatusComponent {
  /** The version's state: it picks the icon and the colour. */
  readonly status = input.required<VersionStatus>();
  /** The kind's word for the state, e.g. `versionStatusKey(status)`. */
  readonly label = input.required<TranslationKey>();

  protected readonly look = computed(() => LOOKS[this.status()]);
}
