import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { provideFormFieldDefaults } from '@gw/web/shared/ui';
import { CreateInitiativeComponent } from './create-initiative/create-initiative.component';
import { InitiativeListComponent } from './initiative-list/initiative-list.component';
import { InitiativeOverviewComponent } from './initiative-overview/initiative-overview.component';
import { InitiativeShellComponent } from './initiative-shell/initiative-shell.component';
import { sectionData } from './initiative-nav/initiative-sections';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';

/**
 * `/initiatives`, `/initiatives/new`, and one initiative's sections under `/initiatives/:id`.
 * Every section is a child of the shell; one with `data: sectionData(<id>)` appears in the
 * shell's navigation, in the group and order of `SECTION_GROUPS` (initiative-sections.ts).
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
            data: sectionData('overview'),
            component: InitiativeOverviewComponent,
          },
          {
            path: 'dashboard',
            title: 'initiatives.nav.dashboard',
            data: sectionData('dashboard'),
            loadChildren: () => import('@gw/web/dashboard/feature').then((m) => m.DASHBOARD_ROUTES),
          },
          {
            path: 'phases',
            title: 'initiatives.nav.phases',
            data: sectionData('phases'),
            loadChildren: () => import('@gw/web/phases/feature').then((m) => m.PHASES_ROUTES),
          },
          {
            path: 'actors',
            title: 'initiatives.nav.actors',
            data: sectionData('actors'),
            loadChildren: () => import('@gw/web/actors/feature').then((m) => m.ACTORS_ROUTES),
          },
          {
            path: 'bodies',
            title: 'initiatives.nav.bodies',
            data: sectionData('bodies'),
            loadChildren: () =>
              import('@gw/web/actors/feature').then((m) => m.EXISTING_BODIES_ROUTES),
          },
          {
            path: 'shared-goal',
            title: 'initiatives.nav.goal',
            data: sectionData('goal'),
            loadChildren: () =>
              import('@gw/web/shared-goal/feature').then((m) => m.SHARED_GOAL_ROUTES),
          },
          {
            path: 'agreement',
            title: 'initiatives.nav.agreement',
            data: sectionData('agreement'),
            loadChildren: () =>
              import('@gw/web/agreements/feature').then((m) => m.AGREEMENT_ROUTES),
          },
          {
            // Under the action plan's path (a baseline is a version of the plan), ahead of
            // `action-plan` so that no child route of the action plan takes `baselines` for a
            // parameter. The action plan's page links to it as `baselines`.
            path: 'action-plan/baselines',
            title: 'initiatives.nav.baselines',
            data: sectionData('baselines'),
            loadChildren: () => import('@gw/web/baselines/feature').then((m) => m.BASELINE_ROUTES),
          },
          {
            path: 'working-groups',
            title: 'initiatives.nav.workingGroups',
            data: sectionData('workingGroups'),
            loadChildren: () =>
              import('@gw/web/working-groups/feature').then((m) => m.WORKING_GROUPS_ROUTES),
          },
          {
            path: 'action-plan',
            title: 'initiatives.nav.actionPlan',
            data: sectionData('actionPlan'),
            loadChildren: () =>
              import('@gw/web/action-plan/feature').then((m) => m.ACTION_PLAN_ROUTES),
          },
          {
            path: 'indicators',
            title: 'initiatives.nav.indicators',
            data: sectionData('indicators'),
            loadChildren: () =>
              import('@gw/web/indicators/feature').then((m) => m.INDICATORS_ROUTES),
          },
          {
            path: 'measurements',
            title: 'initiatives.nav.measurements',
            data: sectionData('measurements'),
            loadChildren: () =>
              import('@gw/web/measurements/feature').then((m) => m.MEASUREMENTS_ROUTES),
          },
          {
            path: 'reports',
            title: 'initiatives.nav.reports',
            data: sectionData('reports'),
            loadChildren: () => import('@gw/web/reports/feature').then((m) => m.REPORTS_ROUTES),
          },
          {
            path: 'members',
            title: 'initiatives.nav.members',
            data: sectionData('members'),
            loadChildren: () => import('@gw/web/members/feature').then((m) => m.MEMBERS_ROUTES),
          },
        ],
      },
    ],
  },
];
