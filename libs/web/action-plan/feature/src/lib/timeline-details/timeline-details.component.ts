import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { Measure } from '@gw/shared/contracts';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { MeasureActions } from '../measure-actions';
import { MeasureDetailsComponent } from '../measure-details/measure-details.component';
import { measureStatusKey, periodText } from '../measure-labels';

/** The measure chosen in the timeline: its state and details, and editing it where allowed. */
@Component({
  selector: 'gw-timeline-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MeasureDetailsComponent, TranslatePipe],
  template: `
    @let item = measure();
    <section class="chosen" aria-live="polite" [attr.aria-label]="'timeline.details' | t">
      <div class="head">
        <h2 class="title">{{ item.title }}</h2>
        <span [class]="'chip ' + item.status">{{ statusKey(item.status) | t }}</span>
        <span class="meta">
          {{ period() }} · {{ 'measures.progress' | t: { progress: item.progress } }}
        </span>
        @if (access() !== 'none') {
          <button mat-stroked-button type="button" (click)="actions.edit(item)">
            <mat-icon aria-hidden="true" svgIcon="edit" />
            {{ (access() === 'all' ? 'action.edit' : 'measures.dialog.update') | t }}
          </button>
        }
      </div>
      <gw-measure-details [measure]="item" />
    </section>
  `,
  styles: `
    .chosen {
      padding: var(--gw-space-3) var(--gw-space-4);
      border-radius: var(--gw-radius);
      background: var(--mat-sys-surface-container-low);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--gw-space-2) var(--gw-space-3);
      margin-block-end: var(--gw-space-3);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .chip {
      padding: 2px var(--gw-space-2);
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
    }
    @each $status in planned, running, completed, delayed, cancelled {
      .chip.#{$status} {
        background: var(--gw-status-#{$status}-bg);
        color: var(--gw-status-#{$status}-fg);
      }
    }
  `,
})
export class TimelineDetailsComponent {
  readonly measure = input.required<Measure>();

  private readonly i18n = inject(I18nService);
  protected readonly actions = inject(MeasureActions);
  protected readonly statusKey = measureStatusKey;
  protected readonly access = computed(() => this.actions.access(this.measure()));
  protected readonly period = computed(() => {
    const measure = this.measure();
    return periodText(measure.startDate, measure.endDate, this.i18n);
  });
}
