import { ApiProperty } from '@nestjs/swagger';
import type { User } from '@gw/shared/contracts';

export class UserSchema implements User {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'anna.keller@lindenfeld.de' })
  email!: string;

  @ApiProperty({ example: 'Anna Keller' })
  displayName!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}
