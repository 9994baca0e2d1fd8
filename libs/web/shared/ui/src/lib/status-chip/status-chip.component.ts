import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/**
 * How a state looks: `neutral` (nothing to say yet), `info` (waiting on someone), `positive`
 * (done, on track), `caution` (at risk), `negative` (failed, off track), `muted` (replaced).
 */
export type StatusTone = 'neutral' | 'info' | 'positive' | 'caution' | 'negative' | 'muted';

/**
 * A state as a chip: an icon and a word, so that colour is never the only cue (and in print,
 * where the background is lost, a border keeps it a chip). The features map their states to
 * icon, word and tone, e.g. an artifact version's or an indicator's.
 */
@Component({
  selector: 'gw-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <span class="chip" [attr.data-tone]="tone()">
      <mat-icon class="icon" aria-hidden="true" [svgIcon]="icon()" />
      {{ label() }}
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
    [data-tone='info'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    [data-tone='positive'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    [data-tone='caution'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    [data-tone='negative'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    [data-tone='muted'] {
      color: var(--mat-sys-on-surface-variant);
    }
    @media print {
      .chip {
        border: 1px solid currentColor;
      }
    }
  `,
})
export class StatusChipComponent {
  /** The name of a registered SVG icon. */
  readonly icon = input.required<string>();
  /** The word for the state, already translated. */
  readonly label = input.required<string>();
  readonly tone = input<StatusTone>('neutral');
}
