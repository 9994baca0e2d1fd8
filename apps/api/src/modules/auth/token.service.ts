import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, Repository } from 'typeorm';
import type { AuthSession, User } from '@gw/shared/contracts';
import { RefreshTokenEntity } from './entities/refresh-token.entity';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface AccessTokenPayload {
  sub: string;
  email: string;
  name: string;
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(RefreshTokenEntity)
    private readonly refreshTokens: Repository<RefreshTokenEntity>,
  ) {}

  /** Issues an access token and a refresh token; a new login starts a new family. */
  async issueSession(
    user: User,
    familyId: string = randomUUID(),
    manager: EntityManager = this.refreshTokens.manager,
  ): Promise<AuthSession> {
    const refreshToken = randomToken();
    await manager.insert(RefreshTokenEntity, {
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000),
    });
    const payload: AccessTokenPayload = { sub: user.id, email: user.email, name: user.displayName };
    return {
      accessToken: await this.jwt.signAsync(payload, { expiresIn: ACCESS_TOKEN_TTL_SECONDS }),
      accessTokenExpiresIn: ACCESS_TOKEN_TTL_SECONDS,
      refreshToken,
      user,
    };
  }

  async revokeFamily(familyId: string, manager: EntityManager = this.refreshTokens.manager) {
    await manager.update(
      RefreshTokenEntity,
      { familyId, revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
  }
}
