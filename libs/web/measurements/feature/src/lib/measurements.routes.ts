import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { IndicatorPageComponent } from './indicator-page/indicator-page.component';
import { OverviewPageComponent } from './overview-page/overview-page.component';

/**
 * `/initiatives/:id/measurements` inside the initiative's shell: the overview (review queue,
 * indicators with their latest value, import) and one page per indicator (`:indicatorId`).
 */
export const MEASUREMENTS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [
      featureTexts(() => import('./measurements.i18n').then((m) => m.measurements)),
      featureTexts(() => import('./measurement-entry.i18n').then((m) => m.measurementEntry)),
    ],
    children: [
      { path: '', component: OverviewPageComponent },
      { path: ':indicatorId', title: 'measurements.title', component: IndicatorPageComponent },
    ],
  },
];
