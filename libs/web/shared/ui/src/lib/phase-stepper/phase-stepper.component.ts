import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { PHASES, type Phase } from '@gw/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';

type PhaseState = 'done' | 'current' | 'upcoming';

interface PhaseItem {
  phase: Phase;
  number: number;
  state: PhaseState;
  name: TranslationKey;
  product: TranslationKey;
  steps: TranslationKey;
  stateLabel: TranslationKey;
}

const STATE_LABELS: Record<PhaseState, TranslationKey> = {
  done: 'phase.state.done',
  current: 'phase.state.current',
  upcoming: 'phase.state.upcoming',
};

/**
 * The three phases of an initiative as an ordered list: phases before the current one are done,
 * the current one carries `aria-current="step"`. Each shows its steps and its product.
 */
@Component({
  selector: 'gw-phase-stepper',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TranslatePipe],
  templateUrl: './phase-stepper.component.html',
  styleUrl: './phase-stepper.component.scss',
})
export class PhaseStepperComponent {
  readonly phase = input.required<Phase>();

  protected readonly items = computed<PhaseItem[]>(() => {
    const currentIndex = PHASES.indexOf(this.phase());
    return PHASES.map((phase, index) => {
      const state: PhaseState =
        index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
      return {
        phase,
        number: index + 1,
        state,
        name: `phase.${phase}`,
        product: `phase.${phase}.product`,
        steps: `phase.${phase}.steps`,
        stateLabel: STATE_LABELS[state],
      };
    });
  });
}
