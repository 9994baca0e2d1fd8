import { ApiProperty } from '@nestjs/swagger';
import type { MemberRef, WorkingGroup } from '@gw/shared/contracts';
import { MemberRefSchema } from '../phases/step.schema';

export class WorkingGroupSchema implements WorkingGroup {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'AG Übergang Schule–Beruf' })
  name!: string;

  @ApiProperty({ description: 'Auftrag der Arbeitsgruppe' })
  mandate!: string;

  @ApiProperty({ type: MemberRefSchema, nullable: true })
  lead!: MemberRef | null;

  @ApiProperty({ type: [MemberRefSchema], description: 'Members, by name' })
  members!: MemberRef[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Participating actors of the actor table, by name',
  })
  actorIds!: string[];

  @ApiProperty({ example: 4, description: 'Measures assigned to the group' })
  measureCount!: number;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
