import type { Routes } from '@angular/router';
import { MembersPageComponent } from './members-page/members-page.component';

/** `/initiatives/:id/members`, inside the initiative's shell (which loads the initiative). */
export const MEMBERS_ROUTES: Routes = [{ path: '', component: MembersPageComponent }];
