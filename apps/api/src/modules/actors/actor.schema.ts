import { ApiProperty } from '@nestjs/swagger';
import {
  type Actor,
  ACTOR_AREAS,
  ACTOR_KINDS,
  type ActorArea,
  type ActorAreaSummary,
  type ActorImportResult,
  type ActorKind,
  type ContactPerson,
  type UserRef,
} from '@gw/shared/contracts';
import { PageSchema } from '../../common/swagger/page.schema';
import { UserRefSchema } from '../users/user-ref.schema';

export class ContactPersonSchema implements ContactPerson {
  @ApiProperty({ example: 'Aylin Demir' })
  name!: string;

  @ApiProperty({ example: 'Leitung' })
  function!: string;

  @ApiProperty({ example: 'a.demir@caritas-auenstadt.de' })
  email!: string;

  @ApiProperty({ example: '+49 2331 12345-0' })
  phone!: string;
}

export class ActorSchema implements Actor {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Jugendmigrationsdienst (Caritas)' })
  name!: string;

  @ApiProperty({ enum: ACTOR_AREAS })
  area!: ActorArea;

  @ApiProperty({ enum: ACTOR_KINDS })
  kind!: ActorKind;

  @ApiProperty({ type: [ContactPersonSchema] })
  contacts!: ContactPerson[];

  @ApiProperty({ description: 'Bestehende Kooperation' })
  existingCooperation!: boolean;

  @ApiProperty({ description: 'Geplantes Mitglied der Bündnis-Kerngruppe' })
  plannedCoreGroup!: boolean;

  @ApiProperty({ description: 'Mitglied erweiterter Bündnis-Foren' })
  extendedForums!: boolean;

  @ApiProperty({ description: 'Notizen zu möglichen Beiträgen' })
  contributions!: string;

  @ApiProperty()
  resources!: string;

  @ApiProperty()
  website!: string;

  @ApiProperty({ description: 'A partner of the initiative: signs the cooperation agreement' })
  isPartner!: boolean;

  @ApiProperty({ type: [UserRefSchema], description: 'Members who represent the actor' })
  representatives!: UserRef[];

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export const ActorPageSchema = PageSchema(ActorSchema, 'ActorPage');

export class ActorAreaSummarySchema implements ActorAreaSummary {
  @ApiProperty({ enum: ACTOR_AREAS })
  area!: ActorArea;

  @ApiProperty({ example: 4 })
  actors!: number;

  @ApiProperty({ example: 1 })
  plannedCoreGroup!: number;

  @ApiProperty({ example: 2 })
  partners!: number;

  @ApiProperty({ description: 'A core area without any planned core-group member' })
  missingCoreGroupMember!: boolean;
}

export class ActorImportResultSchema implements ActorImportResult {
  @ApiProperty({ example: 3 })
  created!: number;

  @ApiProperty({ example: 2 })
  updated!: number;

  @ApiProperty({ example: 10, description: 'Rows that matched an actor and changed nothing' })
  unchanged!: number;
}
