import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { PhaseTransition } from '@gw/shared/contracts';
import { LocalDatePipe, TranslatePipe, phaseKey, transitionStatusKey } from '@gw/web/shared/i18n';

/** Every proposal to move on with its decision: who, when, rationale, comment; newest first. */
@Component({
  selector: 'gw-transition-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LocalDatePipe],
  templateUrl: './transition-history.component.html',
  styleUrl: './transition-history.component.scss',
})
export class TransitionHistoryComponent {
  readonly transitions = input.required<PhaseTransition[]>();

  protected readonly phaseKey = phaseKey;
  protected readonly statusKey = transitionStatusKey;
}
