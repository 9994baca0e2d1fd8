import type { Routes } from '@angular/router';
import { featureTexts } from '@gw/web/shared/i18n';
import { ActorsPageComponent } from './actors-page/actors-page.component';
import { ExistingBodiesPageComponent } from './existing-bodies-page/existing-bodies-page.component';

/** Both pages speak of actors and of bodies (a body's members come from the actor table). */
const TEXTS = [
  featureTexts(() => import('./actors.i18n').then((m) => m.actors)),
  featureTexts(() => import('./existing-bodies.i18n').then((m) => m.existingBodies)),
];

/** `/initiatives/:id/actors`, inside the initiative's shell (which loads the initiative). */
export const ACTORS_ROUTES: Routes = [
  { path: '', canActivate: TEXTS, component: ActorsPageComponent },
];

/** `/initiatives/:id/bodies`: the existing bodies, whose members come from the actor table. */
export const EXISTING_BODIES_ROUTES: Routes = [
  { path: '', canActivate: TEXTS, component: ExistingBodiesPageComponent },
];
