import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { MeasurePlanStore } from '@gw/web/action-plan/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { LocalDatePipe, TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, PageHeaderComponent } from '@gw/web/shared/ui';
import { MeasureActions } from '../measure-actions';

interface View {
  path: string;
  label: TranslationKey;
}

/**
 * Views of the action plan routed elsewhere: the baselines and their approval
 * (`action-plan/baselines`, libs/web/baselines), a page of their own.
 */
const OTHER_VIEWS: View[] = [{ path: 'baselines', label: 'measures.view.baselines' }];

/**
 * `/initiatives/:id/action-plan`: the frame of the action plan's views (measures, timeline,
 * actors × goals). Its views are the child routes naming one (`data.view`), so a new view brings
 * its own link. Loads the plan for all of them and says what the baseline markers compare with.
 */
@Component({
  selector: 'gw-action-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeaderComponent,
    ErrorMessageComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './action-plan-page.component.html',
  styleUrl: './action-plan-page.component.scss',
})
export class ActionPlanPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  protected readonly plan = inject(MeasurePlanStore);
  protected readonly actions = inject(MeasureActions);

  protected readonly role = this.initiatives.myRole;
  protected readonly errorMessage = messageOf(this.plan.error);
  protected readonly views: View[] = [
    ...(inject(ActivatedRoute).routeConfig?.children ?? []).flatMap((route) => {
      const label = route.data?.['view'] as TranslationKey | undefined;
      return label ? [{ path: route.path ?? '', label }] : [];
    }),
    ...OTHER_VIEWS,
  ];
  protected readonly removed = computed(() => this.plan.status()?.removedSinceBaseline ?? []);

  constructor() {
    effect(() => {
      const access = this.initiatives.access();
      if (access) untracked(() => void this.plan.load(access.id));
    });
  }

  protected retry(): void {
    const id = this.plan.initiativeId();
    if (id) void this.plan.load(id);
  }
}
