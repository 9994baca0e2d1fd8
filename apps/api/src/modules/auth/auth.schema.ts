import { ApiProperty } from '@nestjs/swagger';
import type { AuthSession, User } from '@gw/shared/contracts';
import { UserSchema } from '../users/user.schema';

export class AuthSessionSchema implements AuthSession {
  @ApiProperty({ description: 'JWT, valid for 15 minutes' })
  accessToken!: string;

  @ApiProperty({ example: 900 })
  accessTokenExpiresIn!: number;

  @ApiProperty({ description: 'Opaque; spent on use (rotation)' })
  refreshToken!: string;

  @ApiProperty({ type: UserSchema })
  user!: User;
}
