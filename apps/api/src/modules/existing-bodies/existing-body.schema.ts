import { ApiProperty } from '@nestjs/swagger';
import { BODY_TYPES, type BodyType, type ExistingBody } from '@gw/shared/contracts';

export class ExistingBodySchema implements ExistingBody {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Arbeitskreis Übergang Schule–Beruf' })
  name!: string;

  @ApiProperty({ enum: BODY_TYPES })
  type!: BodyType;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Actors taking part, by name' })
  memberActorIds!: string[];

  @ApiProperty()
  notes!: string;

  @ApiProperty({ example: 1 })
  version!: number;
}
