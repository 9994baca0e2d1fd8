import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { type MeasureGrouping, MeasuresStore } from '@gw/web/action-plan/data-access';
import { TranslatePipe } from '@gw/web/shared/i18n';

/** Groups the list and the timeline by goal or by working group (kept while switching views). */
@Component({
  selector: 'gw-grouping-toggle',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonToggleModule, TranslatePipe],
  template: `
    <div class="grouping">
      <span class="label" id="measure-grouping-label">{{ 'measures.grouping.label' | t }}</span>
      <mat-button-toggle-group
        hideSingleSelectionIndicator
        aria-labelledby="measure-grouping-label"
        [value]="store.grouping()"
        (change)="set($event.value)"
      >
        <mat-button-toggle value="goal">{{ 'measures.grouping.goal' | t }}</mat-button-toggle>
        <mat-button-toggle value="workingGroup">
          {{ 'measures.grouping.workingGroup' | t }}
        </mat-button-toggle>
      </mat-button-toggle-group>
      @if (store.grouping() === 'goal') {
        <span class="hint">{{ 'measures.grouping.goalHint' | t }}</span>
      }
    </div>
  `,
  styles: `
    .grouping {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--gw-space-2);
    }
    .label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    mat-button-toggle-group {
      --mat-button-toggle-height: 40px;
    }
  `,
})
export class GroupingToggleComponent {
  protected readonly store = inject(MeasuresStore);

  protected set(grouping: MeasureGrouping): void {
    this.store.setGrouping(grouping);
  }
}
