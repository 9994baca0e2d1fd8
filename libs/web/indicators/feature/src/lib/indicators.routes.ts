import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { provideDateAdapter } from '@gw/web/shared/ui';
import { CollectionPlanComponent } from './collection-plan/collection-plan.component';
import { DimensionsViewComponent } from './dimensions-view/dimensions-view.component';
import { IndicatorCatalogueComponent } from './indicator-catalogue/indicator-catalogue.component';
import { IndicatorsPageComponent } from './indicators-page/indicators-page.component';

/**
 * `/initiatives/:id/indicators` inside the initiative's shell: the catalogue by goal, the data
 * collection plan (`collection-plan`) and the disaggregation dimensions (`dimensions`).
 */
export const INDICATORS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [
      featureTexts(() => import('./indicators.i18n').then((m) => m.indicators)),
      featureTexts(() => import('./collection-plan.i18n').then((m) => m.collectionPlan)),
    ],
    providers: [provideDateAdapter()],
    component: IndicatorsPageComponent,
    children: [
      { path: '', component: IndicatorCatalogueComponent },
      {
        path: 'collection-plan',
        title: 'indicators.plan.title',
        component: CollectionPlanComponent,
      },
      {
        path: 'dimensions',
        title: 'indicators.dimensions.title',
        component: DimensionsViewComponent,
      },
    ],
  },
];
