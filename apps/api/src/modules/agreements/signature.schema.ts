import { ApiProperty } from '@nestjs/swagger';
import {
  type ActorRef,
  type RequiredSignatory,
  SIGNATURE_DECISIONS,
  type Signature,
  type SignatureDecision,
  type SignatureOverview,
  type UserRef,
  type VerificationResult,
  ARTIFACT_KINDS,
  type ArtifactKind,
  VERSION_STATUSES,
  type VersionStatus,
  type Withdrawal,
} from '@gw/shared/contracts';
import { UserRefSchema } from '../users/user-ref.schema';

class ActorRefSchema implements ActorRef {
  @ApiProperty({ format: 'uuid' })
  actorId!: string;

  @ApiProperty()
  actorName!: string;
}

export class SignatureSchema implements Signature {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  actorId!: string;

  @ApiProperty()
  actorName!: string;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  signer!: UserRef | null;

  @ApiProperty({ enum: SIGNATURE_DECISIONS })
  decision!: SignatureDecision;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ description: 'The SHA-256 of the version signed' })
  contentHash!: string;

  @ApiProperty({ format: 'date-time' })
  signedAt!: string;

  @ApiProperty({ enum: ['round', 'accession'] })
  kind!: 'round' | 'accession';
}

class RequiredSignatorySchema implements RequiredSignatory {
  @ApiProperty({ format: 'uuid' })
  actorId!: string;

  @ApiProperty()
  actorName!: string;

  @ApiProperty({ enum: ['pending', 'signed', 'declined'] })
  status!: 'pending' | 'signed' | 'declined';

  @ApiProperty({ type: SignatureSchema, nullable: true })
  signature!: Signature | null;
}

export class WithdrawalSchema implements Withdrawal {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  actorId!: string;

  @ApiProperty()
  actorName!: string;

  @ApiProperty({ example: '2027-03-31' })
  effectiveDate!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  recordedBy!: UserRef | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

export class SignatureOverviewSchema implements SignatureOverview {
  @ApiProperty()
  versionNumber!: number;

  @ApiProperty({ type: String, nullable: true })
  contentHash!: string | null;

  @ApiProperty({ type: [RequiredSignatorySchema] })
  required!: RequiredSignatory[];

  @ApiProperty({ type: [SignatureSchema] })
  accessions!: Signature[];

  @ApiProperty({ type: [WithdrawalSchema] })
  withdrawals!: Withdrawal[];

  @ApiProperty({
    type: [ActorRefSchema],
    description: 'Partners the caller may sign (or accede) for now',
  })
  signable!: ActorRef[];

  @ApiProperty({
    type: [ActorRefSchema],
    description: 'Partners in the version in force for whom the caller may record a withdrawal',
  })
  withdrawable!: ActorRef[];
}

class VerifiedSignatureSchema {
  @ApiProperty()
  actorName!: string;

  @ApiProperty({ enum: SIGNATURE_DECISIONS })
  decision!: SignatureDecision;

  @ApiProperty({ format: 'date-time' })
  signedAt!: string;
}

export class VerificationResultSchema implements VerificationResult {
  @ApiProperty()
  initiativeName!: string;

  @ApiProperty({ enum: ARTIFACT_KINDS })
  artifactKind!: ArtifactKind;

  @ApiProperty()
  artifactTitle!: string;

  @ApiProperty()
  versionNumber!: number;

  @ApiProperty({ enum: VERSION_STATUSES })
  status!: VersionStatus;

  @ApiProperty()
  contentHash!: string;

  @ApiProperty({ type: [VerifiedSignatureSchema] })
  signatures!: VerificationResult['signatures'];
}
