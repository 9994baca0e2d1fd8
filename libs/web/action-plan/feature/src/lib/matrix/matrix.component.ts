import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MeasurePlanStore } from '@gw/web/action-plan/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import { EmptyStateComponent } from '@gw/web/shared/ui';
import { type Contribution, contributionMatrix } from './contribution-matrix';

type Part = 'lead' | 'contributing' | 'resources';
const PARTS: Part[] = ['lead', 'contributing', 'resources'];

const partKey = (part: Part, count: number): TranslationKey =>
  `matrix.part.${part}.${count === 1 ? 'one' : 'many'}`;

/**
 * `/initiatives/:id/action-plan/matrix`: which actor contributes to which goal, and how
 * (lead, taking part, resources, with the number of measures); goals without any measure and
 * actors who contribute to none stand out.
 */
@Component({
  selector: 'gw-matrix',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, EmptyStateComponent, TranslatePipe],
  templateUrl: './matrix.component.html',
  styleUrl: './matrix.component.scss',
})
export class MatrixComponent {
  private readonly plan = inject(MeasurePlanStore);
  private readonly i18n = inject(I18nService);

  protected readonly parts = PARTS;
  protected readonly matrix = computed(() => {
    const measures = this.plan.measures();
    const goals = this.plan.goals();
    if (!measures || !goals) return null;
    return contributionMatrix(measures, goals, this.plan.actors());
  });

  /** What a screen reader says for a cell: who, which goal, how. */
  protected cellLabel(actor: string, goal: string, cell: Contribution): string {
    if (cell.measureIds.length === 0) return this.i18n.t('matrix.cell.none', { actor, goal });
    const parts = PARTS.filter((part) => cell[part] > 0)
      .map((part) => this.i18n.t(partKey(part, cell[part]), { count: cell[part] }))
      .join(', ');
    return this.i18n.t('matrix.cell', { actor, goal, parts });
  }

  protected symbolKey(part: Part): TranslationKey {
    return `matrix.symbol.${part}`;
  }

  protected legendKey(part: Part): TranslationKey {
    return `matrix.legend.${part}`;
  }

  protected countKey(count: number): TranslationKey {
    return count === 1 ? 'measures.count.one' : 'measures.count.many';
  }
}
