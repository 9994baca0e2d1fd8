import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { IndicatorStatus } from '@gw/shared/contracts';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { StatusChipComponent, type StatusTone } from '@gw/web/shared/ui';
import { indicatorStatusKey } from '../report-keys';

const LOOKS: Record<IndicatorStatus, { icon: string; tone: StatusTone }> = {
  on_track: { icon: 'trending_up', tone: 'positive' },
  at_risk: { icon: 'warning', tone: 'caution' },
  off_track: { icon: 'trending_down', tone: 'negative' },
  no_path: { icon: 'explore_off', tone: 'neutral' },
  no_data: { icon: 'do_not_disturb_on', tone: 'neutral' },
};

/** Where an indicator stands against the path from baseline to target, as a word with an icon. */
@Component({
  selector: 'gw-indicator-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusChipComponent, TranslatePipe],
  template: `
    <gw-status-chip
      [attr.data-status]="status()"
      [icon]="look().icon"
      [tone]="look().tone"
      [label]="key() | t"
    />
  `,
})
export class IndicatorStatusComponent {
  readonly status = input.required<IndicatorStatus>();

  protected readonly key = computed(() => indicatorStatusKey(this.status()));
  protected readonly look = computed(() => LOOKS[this.status()]);
}
