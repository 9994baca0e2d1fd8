import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { ActorsPageComponent } from './actors-page/actors-page.component';
import { ExistingBodiesPageComponent } from './existing-bodies-page/existing-bodies-page.component';

/** `/initiatives/:id/actors`, inside the initiative's shell (which loads the initiative). */
export const ACTORS_ROUTES: Routes = [
  { path: '', canActivate: [featureTexts('actors')], component: ActorsPageComponent },
];

/** `/initiatives/:id/bodies`: the existing bodies, whose members come from the actor table. */
export const EXISTING_BODIES_ROUTES: Routes = [
  { path: '', canActivate: [featureTexts('actors')], component: ExistingBodiesPageComponent },
];
