import { CreateUsersTable1795219200000 } from './1795219200000-create-users-table';
import { CreateRefreshTokensTable1795219200100 } from './1795219200100-create-refresh-tokens-table';
import { CreateLoginFailuresTable1795219200200 } from './1795219200200-create-login-failures-table';
import { CreateInitiativesTable1795219200300 } from './1795219200300-create-initiatives-table';
import { CreateMembershipsTable1795219200400 } from './1795219200400-create-memberships-table';
import { CreateInvitationsTable1795219200500 } from './1795219200500-create-invitations-table';
import { CreateStepsTable1795219200600 } from './1795219200600-create-steps-table';
import { CreatePhaseTransitionsTable1795219200700 } from './1795219200700-create-phase-transitions-table';
import { CreateActorsTable1795219200800 } from './1795219200800-create-actors-table';
import { CreateExistingBodiesTable1795219200900 } from './1795219200900-create-existing-bodies-table';
import { CreateSharedGoalsTable1795219201000 } from './1795219201000-create-shared-goals-table';
import { CreateArtifactsTables1795219201100 } from './1795219201100-create-artifacts-tables';
import { CreateArtifactCommentsTable1795219201200 } from './1795219201200-create-artifact-comments-table';
import { CreateArtifactEventsTable1795219201300 } from './1795219201300-create-artifact-events-table';
import { CreateAgreementSignaturesTables1795219201400 } from './1795219201400-create-agreement-signatures-tables';
import { FoldCaseOfActorNamesWithIcu1795219202000 } from './1795219202000-fold-case-of-actor-names-with-icu';
import { CreateWorkingGroupsTables1795219203000 } from './1795219203000-create-working-groups-tables';
import { CreateIndicatorsTables1795219203100 } from './1795219203100-create-indicators-tables';
import { CreateMeasuresTables1795219203200 } from './1795219203200-create-measures-tables';
import { CreateArtifactApprovalsTables1795219203300 } from './1795219203300-create-artifact-approvals-tables';
import { CreateMeasurementsTables1795219204000 } from './1795219204000-create-measurements-tables';
import { CreateReportPublicLinksTable1795219204100 } from './1795219204100-create-report-public-links-table';
import { AddMeasurementReadIndexes1795219204200 } from './1795219204200-add-measurement-read-indexes';
import { RecordMeasurementRevisionActions1795219204500 } from './1795219204500-record-measurement-revision-actions';
import { CountDashboardChanges1795219204800 } from './1795219204800-count-dashboard-changes';
import { IndexMeasurementsAwaitingReview1795219204700 } from './1795219204700-index-measurements-awaiting-review';
import { MakeMeasurementRevisionsAppendOnly1795219204600 } from './1795219204600-make-measurement-revisions-append-only';
import { CountThrottledRequests1795219205000 } from './1795219205000-count-throttled-requests';
import { CountReportLinkOpenings1795219205100 } from './1795219205100-count-report-link-openings';

/**
 * Every migration, in order. Listed explicitly (not globbed) so that the bundled API carries
 * them; a new migration is added here in the same commit.
 */
export const MIGRATIONS = [
  CreateUsersTable1795219200000,
  CreateRefreshTokensTable1795219200100,
  CreateLoginFailuresTable1795219200200,
  CreateInitiativesTable1795219200300,
  CreateMembershipsTable1795219200400,
  CreateInvitationsTable1795219200500,
  CreateStepsTable1795219200600,
  CreatePhaseTransitionsTable1795219200700,
  CreateActorsTable1795219200800,
  CreateExistingBodiesTable1795219200900,
  CreateSharedGoalsTable1795219201000,
  CreateArtifactsTables1795219201100,
  CreateArtifactCommentsTable1795219201200,
  CreateArtifactEventsTable1795219201300,
  CreateAgreementSignaturesTables1795219201400,
  FoldCaseOfActorNamesWithIcu1795219202000,
  CreateWorkingGroupsTables1795219203000,
  CreateIndicatorsTables1795219203100,
  CreateMeasuresTables1795219203200,
  CreateArtifactApprovalsTables1795219203300,
  CreateMeasurementsTables1795219204000,
  CreateReportPublicLinksTable1795219204100,
  AddMeasurementReadIndexes1795219204200,
  RecordMeasurementRevisionActions1795219204500,
  MakeMeasurementRevisionsAppendOnly1795219204600,
  IndexMeasurementsAwaitingReview1795219204700,
  CountDashboardChanges1795219204800,
  CountThrottledRequests1795219205000,
  CountReportLinkOpenings1795219205100,
];
