import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { provideFormFieldDefaults } from '@gw/web/shared/ui';
import { CreateInitiativeComponent } from './create-initiative/create-initiative.component';
import { InitiativeListComponent } from './initiative-list/initiative-list.component';
import { InitiativeOverviewComponent } from './initiative-overview/initiative-overview.component';
import { InitiativeShellComponent } from './initiative-shell/initiative-shell.component';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';

/**
 * `/initiatives`, `/initiatives/new`, and one initiative's sections under `/initiatives/:id`.
 * Every section is a child of the shell; one with `data: { tab: <label key> }` gets a tab, in
 * the order of this list. The cooperation agreement (`agreement`, built in libs/web/agreements)
 * belongs between the shared goal and the members; its label key is `initiatives.nav.agreement`.
 */
export const INITIATIVES_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideFormFieldDefaults(),
      { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
    ],
    children: [
      { path: '', title: 'initiatives.list.title', component: InitiativeListComponent },
      { path: 'new', title: 'initiatives.create.title', component: CreateInitiativeComponent },
      {
        path: ':initiativeId',
        component: InitiativeShellComponent,
        children: [
          {
            path: '',
            title: 'initiatives.nav.overview',
            data: { tab: 'initiatives.nav.overview' },
            component: InitiativeOverviewComponent,
          },
          {
            path: 'dashboard',
            title: 'initiatives.nav.dashboard',
            data: { tab: 'initiatives.nav.dashboard' },
            loadChildren: () => import('@gw/web/dashboard/feature').then((m) => m.DASHBOARD_ROUTES),
          },
          {
            path: 'phases',
            title: 'initiatives.nav.phases',
            data: { tab: 'initiatives.nav.phases' },
            loadChildren: () => import('@gw/web/phases/feature').then((m) => m.PHASES_ROUTES),
          },
          {
            path: 'actors',
            title: 'initiatives.nav.actors',
            data: { tab: 'initiatives.nav.actors' },
            loadChildren: () => import('@gw/web/actors/feature').then((m) => m.ACTORS_ROUTES),
          },
          {
            path: 'bodies',
            title: 'initiatives.nav.bodies',
            data: { tab: 'initiatives.nav.bodies' },
            loadChildren: () =>
              import('@gw/web/actors/feature').then((m) => m.EXISTING_BODIES_ROUTES),
          },
          {
            path: 'shared-goal',
            title: 'initiatives.nav.goal',
            data: { tab: 'initiatives.nav.goal' },
            loadChildren: () =>
              import('@gw/web/shared-goal/feature').then((m) => m.SHARED_GOAL_ROUTES),
          },
          {
            path: 'agreement',
            title: 'initiatives.nav.agreement',
            data: { tab: 'initiatives.nav.agreement' },
            loadChildren: () =>
              import('@gw/web/agreements/feature').then((m) => m.AGREEMENT_ROUTES),
          },
          {
            // A sub-view of the "Aktionsplan" tab (its tab stays marked), ahead of `action-plan`
            // so that no child route of the action plan takes `baselines` for a parameter. The
            // action plan's page links to it as `baselines` (libs/web/baselines/feature).
            path: 'action-plan/baselines',
            title: 'initiatives.nav.actionPlan',
            loadChildren: () => import('@gw/web/baselines/feature').then((m) => m.BASELINE_ROUTES),
          },
          {
            path: 'working-groups',
            title: 'initiatives.nav.workingGroups',
            data: { tab: 'initiatives.nav.workingGroups' },
            loadChildren: () =>
              import('@gw/web/working-groups/feature').then((m) => m.WORKING_GROUPS_ROUTES),
          },
          {
            path: 'action-plan',
            title: 'initiatives.nav.actionPlan',
            data: { tab: 'initiatives.nav.actionPlan' },
            loadChildren: () =>
              import('@gw/web/action-plan/feature').then((m) => m.ACTION_PLAN_ROUTES),
          },
          {
            path: 'indicators',
            title: 'initiatives.nav.indicators',
            data: { tab: 'initiatives.nav.indicators' },
            loadChildren: () =>
              import('@gw/web/indicators/feature').then((m) => m.INDICATORS_ROUTES),
          },
          {
            path: 'measurements',
            title: 'initiatives.nav.measurements',
            data: { tab: 'initiatives.nav.measurements' },
            loadChildren: () =>
              import('@gw/web/measurements/feature').then((m) => m.MEASUREMENTS_ROUTES),
          },
          {
            path: 'reports',
            title: 'initiatives.nav.reports',
            data: { tab: 'initiatives.nav.reports' },
            loadChildren: () => import('@gw/web/reports/feature').then((m) => m.REPORTS_ROUTES),
          },
          {
            path: 'members',
            title: 'initiatives.nav.members',
            data: { tab: 'initiatives.nav.members' },
            loadChildren: () => import('@gw/web/members/feature').then((m) => m.MEMBERS_ROUTES),
          },
        ],
      },
    ],
  },
];
