import { AgreementSignatoryEntity } from '../modules/agreements/entities/agreement-signatory.entity';
import { AgreementSignatureEntity } from '../modules/agreements/entities/agreement-signature.entity';
import { AgreementWithdrawalEntity } from '../modules/agreements/entities/agreement-withdrawal.entity';
import { ArtifactEntity } from '../modules/artifacts/entities/artifact.entity';
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
import { LoginFailureEntity } from '../modules/auth/entities/login-failure.entity';
import { InitiativeEntity } from '../modules/initiatives/entities/initiative.entity';
import { InvitationEntity } from '../modules/invitations/entities/invitation.entity';
import { MembershipEntity } from '../modules/members/entities/membership.entity';
import { UserEntity } from '../modules/users/entities/user.entity';

export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  LoginFailureEntity,
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
  AgreementSignatoryEntity,
  AgreementSignatureEntity,
  AgreementWithdrawalEntity,
];
