import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ACTOR_AREAS,
  ACTOR_KINDS,
  ACTOR_LIMITS as LIMITS,
  type ActorArea,
  type ActorKind,
  type ContactPerson,
  type CreateActorRequest,
  type UpdateActorRequest,
} from '@gw/shared/contracts';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { trimmed } from '../../../common/validation/transforms';

/** Contact fields are one line each: the table export puts several contacts one per line. */
const SingleLine = () => Matches(/^[^\r\n]*$/, { message: '$property must be a single line' });

const text = (maxLength: number, example?: string) =>
  applyDecorators(
    ApiProperty({ maxLength, required: false, example }),
    IsOptionalButNotNull(),
    IsString(),
    MaxLength(maxLength),
  );

export class ContactPersonDto implements ContactPerson {
  @ApiProperty({ maxLength: LIMITS.contactName, example: 'Aylin Demir' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.contactName)
  @SingleLine()
  name!: string;

  @ApiProperty({
    type: String,
    maxLength: LIMITS.contactFunction,
    required: false,
    example: 'Leitung',
  })
  @IsOptionalButNotNull()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.contactFunction)
  @SingleLine()
  function = '';

  @ApiProperty({
    type: String,
    maxLength: LIMITS.contactEmail,
    required: false,
    example: 'a.demir@caritas.de',
  })
  @IsOptionalButNotNull()
  @ValidateIf((contact: ContactPersonDto) => contact.email !== '')
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.contactEmail)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email = '';

  @ApiProperty({
    type: String,
    maxLength: LIMITS.contactPhone,
    required: false,
    example: '+49 2331 12345-0',
  })
  @IsOptionalButNotNull()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.contactPhone)
  @SingleLine()
  phone = '';
}

const flag = (description: string) =>
  applyDecorators(
    ApiProperty({ required: false, default: false, description }),
    IsOptionalButNotNull(),
    IsBoolean(),
  );

/** Each field's rules, written once and used by the create and the update DTO and the import. */
const Field = {
  name: (required: boolean) =>
    applyDecorators(
      ApiProperty({
        example: 'Jugendmigrationsdienst (Caritas)',
        maxLength: LIMITS.name,
        required,
      }),
      Transform(trimmed),
      IsString(),
      IsNotEmpty(),
      MaxLength(LIMITS.name),
    ),
  area: (required: boolean) =>
    applyDecorators(ApiProperty({ enum: ACTOR_AREAS, required }), IsIn(ACTOR_AREAS)),
  kind: (required: boolean) =>
    applyDecorators(ApiProperty({ enum: ACTOR_KINDS, required }), IsIn(ACTOR_KINDS)),
  contacts: () =>
    applyDecorators(
      ApiProperty({ type: [ContactPersonDto], maxItems: LIMITS.contacts, required: false }),
      IsOptionalButNotNull(),
      IsArray(),
      ArrayMaxSize(LIMITS.contacts),
      IsObject({ each: true }),
      ValidateNested({ each: true }),
      Type(() => ContactPersonDto),
    ),
  website: () =>
    applyDecorators(
      ApiProperty({
        maxLength: LIMITS.website,
        required: false,
        example: 'https://www.caritas-auenstadt.de',
        description: 'An http(s) URL, or empty',
      }),
      IsOptionalButNotNull(),
      ValidateIf((actor: { website?: string }) => actor.website !== ''),
      Transform(trimmed),
      IsString(),
      MaxLength(LIMITS.website),
      IsUrl(
        { protocols: ['http', 'https'], require_protocol: true },
        { message: 'website must be an http(s) URL' },
      ),
    ),
};

export class CreateActorDto implements CreateActorRequest {
  @Field.name(true)
  name!: string;

  @Field.area(true)
  area!: ActorArea;

  @Field.kind(true)
  kind!: ActorKind;

  @Field.contacts()
  contacts?: ContactPersonDto[];

  @flag('Bestehende Kooperation')
  existingCooperation?: boolean;

  @flag('Geplantes Mitglied der Bündnis-Kerngruppe')
  plannedCoreGroup?: boolean;

  @flag('Mitglied erweiterter Bündnis-Foren')
  extendedForums?: boolean;

  @text(LIMITS.contributions, 'Sprachkurse, Beratung junger Zugewanderter')
  contributions?: string;

  @text(LIMITS.resources)
  resources?: string;

  @Field.website()
  website?: string;

  @flag('A partner of the initiative: signs the cooperation agreement')
  isPartner?: boolean;
}

export class UpdateActorDto implements UpdateActorRequest {
  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptionalButNotNull()
  @Field.name(false)
  name?: string;

  @IsOptionalButNotNull()
  @Field.area(false)
  area?: ActorArea;

  @IsOptionalButNotNull()
  @Field.kind(false)
  kind?: ActorKind;

  @Field.contacts()
  contacts?: ContactPersonDto[];

  @flag('Bestehende Kooperation')
  existingCooperation?: boolean;

  @flag('Geplantes Mitglied der Bündnis-Kerngruppe')
  plannedCoreGroup?: boolean;

  @flag('Mitglied erweiterter Bündnis-Foren')
  extendedForums?: boolean;

  @text(LIMITS.contributions)
  contributions?: string;

  @text(LIMITS.resources)
  resources?: string;

  @Field.website()
  website?: string;

  @flag('A partner of the initiative: signs the cooperation agreement')
  isPartner?: boolean;
}
