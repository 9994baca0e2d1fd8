import { ApiProperty } from '@nestjs/swagger';
import type { User } from '@gw/shared/contracts';
import type { UserEntity } from './entities/user.entity';

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

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    createdAt: entity.createdAt.toISOString(),
  };
}
