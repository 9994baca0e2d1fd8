import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { provideDateAdapter } from '@gw/web/shared/ui';
import { ComparePageComponent } from './compare-page/compare-page.component';
import { PublicReportPageComponent } from './public-report-page/public-report-page.component';
import { ReportActions } from './report-actions';
import { ReportListComponent } from './report-list/report-list.component';
import { ReportPageComponent } from './report-page/report-page.component';

/** The public page shows the report as the tab does, plus its own words (`reports.public.*`). */
const TEXTS = [
  featureTexts(() => import('./reports.i18n').then((m) => m.reports)),
  featureTexts(() => import('./report-review.i18n').then((m) => m.reportReview)),
];

/**
 * `/initiatives/:id/reports`, the "Berichte" tab: the list (`''`), the comparison of two reports
 * (`compare?a=&b=`) and one report (`:artifactId`, `?v=` for an older version).
 */
export const REPORTS_ROUTES: Routes = [
  {
    path: '',
    canActivate: TEXTS,
    providers: [provideDateAdapter(), ReportActions],
    children: [
      { path: '', title: 'reports.title', component: ReportListComponent },
      { path: 'compare', title: 'reports.compare.title', component: ComparePageComponent },
      { path: ':artifactId', title: 'reports.title', component: ReportPageComponent },
    ],
  },
];

/** `/public/reports/:token`: a published report through its public link, without login. */
export const PUBLIC_REPORT_ROUTES: Routes = [
  {
    path: ':token',
    title: 'reports.title',
    canActivate: TEXTS,
    component: PublicReportPageComponent,
  },
];
