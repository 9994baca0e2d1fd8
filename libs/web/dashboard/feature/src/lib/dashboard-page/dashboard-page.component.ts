import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DashboardStore } from '@gw/web/dashboard/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, PageHeaderComponent } from '@gw/web/shared/ui';
import { ActivityFeedComponent } from '../activity-feed/activity-feed.component';
import { IndicatorSummaryComponent } from '../indicator-summary/indicator-summary.component';
import { PhaseProgressComponent } from '../phase-progress/phase-progress.component';
import { PlanSummaryComponent } from '../plan-summary/plan-summary.component';

/**
 * `/initiatives/:id/dashboard`: where the initiative stands, for every member. Read on each visit
 * and again when the phase or the caller's role changes, which changes what it shows.
 */
@Component({
  selector: 'gw-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    PageHeaderComponent,
    ErrorMessageComponent,
    PhaseProgressComponent,
    PlanSummaryComponent,
    IndicatorSummaryComponent,
    ActivityFeedComponent,
    TranslatePipe,
  ],
  templateUrl: './dashboard-page.component.html',
  styleUrl: './dashboard-page.component.scss',
})
export class DashboardPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  protected readonly store = inject(DashboardStore);
  protected readonly errorMessage = messageOf(this.store.error);

  constructor() {
    effect(() => {
      const id = this.initiatives.access()?.id;
      if (id) untracked(() => void this.store.load(id));
    });
  }

  protected retry(): void {
    void this.store.reload();
  }
}
