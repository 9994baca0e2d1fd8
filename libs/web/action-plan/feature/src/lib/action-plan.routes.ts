import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { provideDateAdapter } from '@gw/web/shared/ui';
import { ActionPlanPageComponent } from './action-plan-page/action-plan-page.component';
import { MatrixComponent } from './matrix/matrix.component';
import { MeasureActions } from './measure-actions';
import { MeasureListComponent } from './measure-list/measure-list.component';
import { TimelineComponent } from './timeline/timeline.component';

/** The texts of the action plan, lazily; the dashboard names the measure states with them. */
export const loadActionPlanTexts = () => import('./action-plan.i18n').then((m) => m.actionPlan);

/**
 * `/initiatives/:id/action-plan` and its views, inside the initiative's shell. A child with
 * `data: { view: <label key> }` gets a link in the action plan's navigation, in this order.
 */
export const ACTION_PLAN_ROUTES: Routes = [
  {
    path: '',
    canActivate: [
      featureTexts(loadActionPlanTexts),
      featureTexts(() => import('./timeline-and-matrix.i18n').then((m) => m.timelineAndMatrix)),
    ],
    providers: [provideDateAdapter(), MeasureActions],
    component: ActionPlanPageComponent,
    children: [
      { path: '', data: { view: 'measures.view.list' }, component: MeasureListComponent },
      {
        path: 'timeline',
        title: 'measures.pageTitle.timeline',
        data: { view: 'measures.view.timeline' },
        component: TimelineComponent,
      },
      {
        path: 'matrix',
        title: 'measures.pageTitle.matrix',
        data: { view: 'measures.view.matrix' },
        component: MatrixComponent,
      },
    ],
  },
];
