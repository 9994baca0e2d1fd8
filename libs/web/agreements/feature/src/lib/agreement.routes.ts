import type { Routes } from '@angular/router';
import { AgreementStore } from '@gw/web/agreements/data-access';
import {
  AuditTrailComponent,
  VersionDiffComponent,
  provideArtifactViews,
} from '@gw/web/artifacts/feature';
import { featureTexts } from '@gw/web/shared/i18n';
import { loadVerificationTexts } from '@gw/web/verification/feature';
import { AgreementDocumentComponent } from './agreement-document/agreement-document.component';
import { AgreementEditorComponent } from './agreement-editor/agreement-editor.component';
import { unsavedChangesGuard } from './agreement-editor/unsaved-changes.guard';
import { AgreementPageComponent } from './agreement-page/agreement-page.component';
import { AGREEMENT_WORDING } from './agreement-wording';

/**
 * `/initiatives/:id/agreement` inside the initiative's shell: the document (`?v=<number>` picks
 * a version), the editor of a draft, the comparison of two versions and the audit trail.
 */
export const AGREEMENT_ROUTES: Routes = [
  {
    path: '',
    canActivate: [
      featureTexts(() => import('./agreements.i18n').then((m) => m.agreements)),
      featureTexts(() => import('./agreement-history.i18n').then((m) => m.agreementHistory)),
      featureTexts(loadVerificationTexts),
    ],
    providers: [provideArtifactViews(AgreementStore, AGREEMENT_WORDING)],
    component: AgreementPageComponent,
    children: [
      { path: '', component: AgreementDocumentComponent },
      {
        path: 'versions/:number/edit',
        component: AgreementEditorComponent,
        canDeactivate: [unsavedChangesGuard],
      },
      { path: 'compare', title: 'agreement.diff.title', component: VersionDiffComponent },
      { path: 'history', title: 'agreement.history.title', component: AuditTrailComponent },
    ],
  },
];
