import { AgreementSignatoryEntity } from '../modules/agreements/entities/agreement-signatory.entity';
import { AgreementSignatureEntity } from '../modules/agreements/entities/agreement-signature.entity';
import { AgreementWithdrawalEntity } from '../modules/agreements/entities/agreement-withdrawal.entity';
import { ArtifactEntity } from '../modules/artifacts/entities/artifact.entity';
import { ArtifactApprovalEntity } from '../modules/artifacts/entities/artifact-approval.entity';
import { ArtifactApproverEntity } from '../modules/artifacts/entities/artifact-approver.entity';
import { ArtifactCommentEntity } from '../modules/artifacts/entities/artifact-comment.entity';
import { ArtifactEventEntity } from '../modules/artifacts/entities/artifact-event.entity';
import { ArtifactVersionEntity } from '../modules/artifacts/entities/artifact-version.entity';
import { ActorRepresentativeEntity } from '../modules/actors/entities/actor-representative.entity';
import { ActorEntity } from '../modules/actors/entities/actor.entity';
import { ExistingBodyMemberEntity } from '../modules/existing-bodies/entities/existing-body-member.entity';
import { ExistingBodyEntity } from '../modules/existing-bodies/entities/existing-body.entity';
import { PhaseTransitionEntity } from '../modules/phases/entities/phase-transition.entity';
import { StepEntity } from '../modules/phases/entities/step.entity';
import { GoalEntity } from '../modules/shared-goal/entities/goal.entity';
import { SharedGoalEntity } from '../modules/shared-goal/entities/shared-goal.entity';
import { RefreshTokenEntity } from '../modules/auth/entities/refresh-token.entity';
import { InitiativeEntity } from '../modules/initiatives/entities/initiative.entity';
import { InvitationEntity } from '../modules/invitations/entities/invitation.entity';
import { MembershipEntity } from '../modules/members/entities/membership.entity';
import { UserEntity } from '../modules/users/entities/user.entity';
import { DimensionValueEntity } from '../modules/indicators/entities/dimension-value.entity';
import { DimensionEntity } from '../modules/indicators/entities/dimension.entity';
import { IndicatorDimensionEntity } from '../modules/indicators/entities/indicator-dimension.entity';
import { IndicatorGoalEntity } from '../modules/indicators/entities/indicator-goal.entity';
import { IndicatorStewardEntity } from '../modules/indicators/entities/indicator-steward.entity';
import { IndicatorTargetEntity } from '../modules/indicators/entities/indicator-target.entity';
import { IndicatorEntity } from '../modules/indicators/entities/indicator.entity';
import { MeasurementCommentEntity } from '../modules/measurements/entities/measurement-comment.entity';
import { MeasurementRevisionEntity } from '../modules/measurements/entities/measurement-revision.entity';
import { MeasurementEntity } from '../modules/measurements/entities/measurement.entity';
import { MeasureActorEntity } from '../modules/measures/entities/measure-actor.entity';
import { MeasureDependencyEntity } from '../modules/measures/entities/measure-dependency.entity';
import { MeasureGoalEntity } from '../modules/measures/entities/measure-goal.entity';
import { MeasureIndicatorEntity } from '../modules/measures/entities/measure-indicator.entity';
import { MeasureMilestoneEntity } from '../modules/measures/entities/measure-milestone.entity';
import { MeasureResourceEntity } from '../modules/measures/entities/measure-resource.entity';
import { MeasureEntity } from '../modules/measures/entities/measure.entity';
import { WorkingGroupActorEntity } from '../modules/working-groups/entities/working-group-actor.entity';
import { WorkingGroupMemberEntity } from '../modules/working-groups/entities/working-group-member.entity';
import { WorkingGroupEntity } from '../modules/working-groups/entities/working-group.entity';

export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  InitiativeEntity,
  MembershipEntity,
  InvitationEntity,
  StepEntity,
  PhaseTransitionEntity,
  ActorEntity,
  ActorRepresentativeEntity,
  ExistingBodyEntity,
  ExistingBodyMemberEntity,
  SharedGoalEntity,
  GoalEntity,
  ArtifactEntity,
  ArtifactVersionEntity,
  ArtifactCommentEntity,
  ArtifactEventEntity,
  ArtifactApproverEntity,
  ArtifactApprovalEntity,
  AgreementSignatoryEntity,
  AgreementSignatureEntity,
  AgreementWithdrawalEntity,
  WorkingGroupEntity,
  WorkingGroupMemberEntity,
  WorkingGroupActorEntity,
  DimensionEntity,
  DimensionValueEntity,
  IndicatorEntity,
  IndicatorGoalEntity,
  IndicatorTargetEntity,
  IndicatorStewardEntity,
  IndicatorDimensionEntity,
  MeasureEntity,
  MeasureGoalEntity,
  MeasureActorEntity,
  MeasureMilestoneEntity,
  MeasureResourceEntity,
  MeasureDependencyEntity,
  MeasureIndicatorEntity,
  MeasurementEntity,
  MeasurementRevisionEntity,
  MeasurementCommentEntity,
];
