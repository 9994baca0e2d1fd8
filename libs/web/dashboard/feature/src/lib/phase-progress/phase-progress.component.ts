import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { type Dashboard, PHASES, type Phase, type StepStatus } from '@gw/shared/contracts';
import { TranslatePipe, type TranslationKey, phaseKey, stepStatusKey } from '@gw/web/shared/i18n';
import { STEP_STATUS_ICONS } from '@gw/web/shared/ui';

/** The legend's order: what is settled first, what is left last. */
const LEGEND_ORDER: readonly StepStatus[] = ['done', 'not_applicable', 'in_progress', 'open'];
/** Always named; "entfällt" only when a phase has such steps. */
const ALWAYS_SHOWN: readonly StepStatus[] = ['done', 'in_progress', 'open'];

interface PhaseRow {
  phase: Phase;
  name: TranslationKey;
  state: TranslationKey;
  current: boolean;
  total: number;
  /** Done or not applicable, as the phase stepper counts them. */
  settled: number;
  /** The bar's filled share in per cent: the settled steps, as the sentence beside it says. */
  share: number;
  legend: { status: StepStatus; count: number; label: TranslationKey; icon: string }[];
}

/**
 * Per phase a bar filled to the share of its settled steps (done or not applicable), the count in
 * words and per status; the current phase marked.
 */
@Component({
  selector: 'gw-phase-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe],
  templateUrl: './phase-progress.component.html',
  styleUrl: './phase-progress.component.scss',
})
export class PhaseProgressComponent {
  readonly phase = input.required<Phase>();
  readonly steps = input.required<Dashboard['steps']>();

  protected readonly phaseKey = phaseKey;
  protected readonly rows = computed<PhaseRow[]>(() => {
    const current = PHASES.indexOf(this.phase());
    return PHASES.map((phase, index) => {
      const counts = this.steps().find((entry) => entry.phase === phase)?.counts;
      const count = (status: StepStatus) => counts?.[status] ?? 0;
      const total = LEGEND_ORDER.reduce((sum, status) => sum + count(status), 0);
      const settled = count('done') + count('not_applicable');
      return {
        phase,
        name: phaseKey(phase),
        state:
          index < current
            ? 'phase.state.done'
            : index === current
              ? 'phase.state.current'
              : 'phase.state.upcoming',
        current: index === current,
        total,
        settled,
        share: total === 0 ? 0 : Math.round((settled / total) * 100),
        legend: LEGEND_ORDER.filter(
          (status) => ALWAYS_SHOWN.includes(status) || count(status) > 0,
        ).map((status) => ({
          status,
          count: count(status),
          label: stepStatusKey(status),
          icon: STEP_STATUS_ICONS[status],
        })),
      };
    });
  });
}
