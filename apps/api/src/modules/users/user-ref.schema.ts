import { ApiProperty } from '@nestjs/swagger';
import type { UserRef } from '@gw/shared/contracts';

/** A user as other records name them (who proposed, who represents an actor, ...). */
export class UserRefSchema implements UserRef {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ example: 'Anna Keller' })
  displayName!: string;
}

export function userRef(userId: string | null, displayName: string | null): UserRef | null {
  return userId && displayName !== null ? { userId, displayName } : null;
}
