import { ApiProperty } from '@nestjs/swagger';
import {
  type Invitation,
  type InvitationAccepted,
  type InvitationCreated,
  type InvitationPreview,
  INVITATION_STATUSES,
  type InvitationStatus,
  type Role,
  ROLES,
} from '@gw/shared/contracts';
import { PageSchema } from '../../common/swagger/page.schema';

export class InvitationCreatedSchema implements InvitationCreated {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Shown once; only its hash is stored' })
  token!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ example: 'http://localhost:3000/einladung/abc' })
  acceptUrl!: string;
}

export class InvitationSchema implements Invitation {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ enum: INVITATION_STATUSES })
  status!: InvitationStatus;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'Display name of the inviting member' })
  invitedBy!: string;
}

export class InvitationPreviewSchema implements InvitationPreview {
  @ApiProperty()
  initiativeName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty()
  email!: string;

  @ApiProperty({ enum: INVITATION_STATUSES })
  status!: InvitationStatus;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

export class InvitationAcceptedSchema implements InvitationAccepted {
  @ApiProperty({ format: 'uuid' })
  initiativeId!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;
}

export const InvitationPageSchema = PageSchema(InvitationSchema, 'InvitationPage');
