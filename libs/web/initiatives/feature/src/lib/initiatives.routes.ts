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
 * Later sections (agreement, action plan, reports) are added as children of the shell.
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
          { path: '', title: 'initiatives.nav.overview', component: InitiativeOverviewComponent },
          {
            path: 'members',
            title: 'initiatives.nav.members',
            loadChildren: () => import('@gw/web/members/feature').then((m) => m.MEMBERS_ROUTES),
          },
        ],
      },
    ],
  },
];
