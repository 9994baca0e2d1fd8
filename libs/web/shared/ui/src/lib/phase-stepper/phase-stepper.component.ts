import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { PHASES, type Phase, type Step } from '@gw/shared/contracts';
import { TranslatePipe, type TranslationKey, stepKey, stepStatusKey } from '@gw/web/shared/i18n';
import { STEP_STATUS_ICONS } from '../step-status/step-status-icons';

type PhaseState = 'done' | 'current' | 'upcoming';

interface PhaseItem {
  phase: Phase;
  number: number;
  state: PhaseState;
  name: TranslationKey;
  product: TranslationKey;
  stateLabel: TranslationKey;
  steps: StepItem[];
  finished: number;
}

interface StepItem {
  id: string;
  /** A predefined step's translation key, or null for a custom step (shown by its title). */
  key: TranslationKey | null;
  title: string;
  status: TranslationKey;
  icon: string;
  settled: boolean;
}

const STATE_LABELS: Record<PhaseState, TranslationKey> = {
  done: 'phase.state.done',
  current: 'phase.state.current',
  upcoming: 'phase.state.upcoming',
};

/**
 * The three phases of an initiative as an ordered list: phases before the current one are done,
 * the current one carries `aria-current="step"`. Each shows its product and, once loaded, its
 * steps with their status (`steps`: the steps of all phases, as the API sends them).
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
  readonly steps = input<readonly Step[] | null>(null);

  protected readonly items = computed<PhaseItem[]>(() => {
    const currentIndex = PHASES.indexOf(this.phase());
    const steps = this.steps() ?? [];
    return PHASES.map((phase, index) => {
      const state: PhaseState =
        index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
      const items = steps
        .filter((step) => step.phase === phase)
        .sort((a, b) => a.position - b.position)
        .map(toItem);
      return {
        phase,
        number: index + 1,
        state,
        name: `phase.${phase}`,
        product: `phase.${phase}.product`,
        stateLabel: STATE_LABELS[state],
        steps: items,
        finished: items.filter((item) => item.settled).length,
      } satisfies PhaseItem;
    });
  });
}

function toItem(step: Step): StepItem {
  return {
    id: step.id,
    key: step.key ? stepKey(step.key) : null,
    title: step.title ?? '',
    status: stepStatusKey(step.status),
    icon: STEP_STATUS_ICONS[step.status],
    settled: step.status === 'done' || step.status === 'not_applicable',
  };
}
