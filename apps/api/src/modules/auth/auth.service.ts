import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AuthSession, PROBLEM_TYPES, type User } from '@gw/shared/contracts';
import { SqlService } from '../../common/database/sql.service';
import { ProblemException } from '../../common/problem/problem.exception';
import { UsersService } from '../users/users.service';
import { REFRESH_TOKEN_BY_HASH, type RefreshTokenRow } from './auth.queries';
import type { LoginDto, RegisterDto } from './dto/auth.dto';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword, verifyPassword } from './password-hasher';
import { sha256, TokenService } from './token.service';

const invalidCredentials = () =>
  new ProblemException(401, 'The e-mail address or the password is wrong.', {
    type: PROBLEM_TYPES.unauthorized,
  });
const invalidRefreshToken = () =>
  new ProblemException(
    401,
    'The refresh token is invalid, expired or already used. Log in again.',
    {
      type: PROBLEM_TYPES.unauthorized,
    },
  );

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so both failures take the same time. */
  private readonly dummyHash = hashPassword('not-a-real-password');

  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async register(dto: RegisterDto): Promise<User> {
    const passwordHash = await hashPassword(dto.password);
    return this.users.create({ email: dto.email, displayName: dto.displayName, passwordHash });
  }

  async login(dto: LoginDto, ip: string): Promise<AuthSession> {
    // Counted before the password is checked, so parallel guesses cannot outrun the count.
    const attempt = await this.throttle.begin(dto.email, ip);
    const account = await this.users.findForLogin(dto.email);
    const valid = await verifyPassword(
      account?.passwordHash ?? (await this.dummyHash),
      dto.password,
    );
    if (!account || !valid) throw invalidCredentials();
    await this.throttle.succeeded(attempt);
    return this.tokens.issueSession(account.user);
  }

  /**
   * Spends the refresh token and issues the next one of its family. A token that was already
   * spent (or revoked) means it leaked: the whole family is revoked.
   */
  async refresh(refreshToken: string): Promise<AuthSession> {
    const tokenHash = sha256(refreshToken);
    const session = await this.dataSource.transaction(async (manager) => {
      const spent = await manager
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ usedAt: () => 'now()' })
        .where('token_hash = :tokenHash', { tokenHash })
        .andWhere('used_at IS NULL AND revoked_at IS NULL AND expires_at > now()')
        .returning(['familyId', 'userId'])
        .execute();
      const current = (spent.raw as { family_id: string; user_id: string }[])[0];
      const user = current && (await this.users.find(manager, current.user_id));
      return current && user ? this.tokens.issueSession(user, current.family_id, manager) : null;
    });
    if (session) return session;

    const known = await this.knownToken(tokenHash);
    if (known && (known.used_at || known.revoked_at))
      await this.tokens.revokeFamily(known.family_id);
    throw invalidRefreshToken();
  }

  async logout(refreshToken: string): Promise<void> {
    const known = await this.knownToken(sha256(refreshToken));
    if (known) await this.tokens.revokeFamily(known.family_id);
  }

  private async knownToken(tokenHash: string): Promise<RefreshTokenRow | undefined> {
    const [row] = await this.sql.rows<RefreshTokenRow>(REFRESH_TOKEN_BY_HASH, [tokenHash]);
    return row;
  }
}
