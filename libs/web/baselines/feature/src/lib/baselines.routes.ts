import type { Routes } from '@angular/router';
import { BaselinesStore } from '@gw/web/baselines/data-access';
import {
  AuditTrailComponent,
  VersionDiffComponent,
  provideArtifactViews,
} from '@gw/web/artifacts/feature';
import { featureTexts } from '@gw/web/shared/i18n';
import { BaselineActions } from './baseline-actions';
import { BaselineDetailComponent } from './baseline-detail/baseline-detail.component';
import { BaselineListComponent } from './baseline-list/baseline-list.component';
import { BASELINE_WORDING } from './baseline-wording';
import { BaselinesPageComponent } from './baselines-page/baselines-page.component';

/**
 * `/initiatives/:id/action-plan/baselines`, a section beside the action plan: the baselines with
 * the approval rule, one baseline (`:number`) with the steering group's decisions, the comparison
 * of two baselines (`compare?from=&to=`) and the audit trail (`history`).
 */
export const BASELINE_ROUTES: Routes = [
  {
    path: '',
    canActivate: [
      featureTexts(() => import('./baselines.i18n').then((m) => m.baselines)),
      featureTexts(() => import('./baseline-history.i18n').then((m) => m.baselineHistory)),
    ],
    providers: [BaselineActions, provideArtifactViews(BaselinesStore, BASELINE_WORDING)],
    component: BaselinesPageComponent,
    children: [
      { path: '', title: 'baselines.title', component: BaselineListComponent },
      { path: 'compare', title: 'baselines.diff.title', component: VersionDiffComponent },
      { path: 'history', title: 'baselines.history.title', component: AuditTrailComponent },
      { path: ':number', title: 'baselines.title', component: BaselineDetailComponent },
    ],
  },
];
