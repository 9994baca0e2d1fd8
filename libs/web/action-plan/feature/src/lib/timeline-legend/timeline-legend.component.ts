import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MEASURE_STATUSES } from '@gw/shared/contracts';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { measureStatusKey } from '../measure-labels';

/** What the timeline's colours, shapes and lines mean. */
@Component({
  selector: 'gw-timeline-legend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <ul class="legend" [attr.aria-label]="'timeline.legend' | t">
      @for (status of statuses; track status) {
        <li>
          <svg width="22" height="12" aria-hidden="true">
            <rect [class]="'base ' + status" x="1" y="1" width="20" height="10" rx="2" />
            <rect [class]="'done ' + status" x="1" y="1" width="10" height="10" rx="2" />
          </svg>
          {{ statusKey(status) | t }}
        </li>
      }
      <li class="note">{{ 'timeline.legend.progress' | t }}</li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <path class="milestone done" d="M 8 2 L 14 8 L 8 14 L 2 8 Z" />
        </svg>
        {{ 'timeline.legend.milestoneDone' | t }}
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <path class="milestone" d="M 8 2 L 14 8 L 8 14 L 2 8 Z" />
        </svg>
        {{ 'timeline.legend.milestoneOpen' | t }}
      </li>
      <li>
        <svg width="30" height="12" aria-hidden="true">
          <path class="link" d="M 1 6 H 21" />
          <path class="head" d="M 21 2 L 29 6 L 21 10 Z" />
        </svg>
        {{ 'timeline.legend.dependency' | t }}
      </li>
      <li>
        <svg width="10" height="16" aria-hidden="true">
          <line class="today" x1="5" x2="5" y1="0" y2="16" />
        </svg>
        {{ 'timeline.legend.today' | t }}
      </li>
    </ul>
  `,
  styles: `
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--gw-space-1) var(--gw-space-3);
      margin: 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-small);
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: var(--gw-space-1);
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .base {
      fill-opacity: 0.25;
      stroke-width: 1.5;
    }
    @each $status in planned, running, completed, delayed, cancelled {
      .#{$status} {
        fill: var(--gw-status-#{$status}-bar);
        stroke: var(--gw-status-#{$status}-bar);
      }
    }
    .base.cancelled {
      stroke-dasharray: 4 3;
    }
    .milestone {
      fill: var(--mat-sys-surface-container-lowest);
      stroke: var(--mat-sys-on-surface);
      stroke-width: 1.5;
    }
    .milestone.done {
      fill: var(--mat-sys-on-surface);
    }
    .link {
      stroke: var(--mat-sys-on-surface-variant);
      stroke-width: 1.5;
    }
    .head {
      fill: var(--mat-sys-on-surface-variant);
    }
    .today {
      stroke: var(--mat-sys-error);
      stroke-width: 2;
      stroke-dasharray: 4 3;
    }
  `,
})
export class TimelineLegendComponent {
  protected readonly statuses = MEASURE_STATUSES;
  protected readonly statusKey = measureStatusKey;
}
