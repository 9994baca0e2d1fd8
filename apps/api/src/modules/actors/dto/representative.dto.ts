import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { AddRepresentativeRequest } from '@gw/shared/contracts';

export class AddRepresentativeDto implements AddRepresentativeRequest {
  @ApiProperty({ format: 'uuid', description: 'A user who is a member of this initiative' })
  @IsUUID('all')
  userId!: string;
}
