import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import { type AuthSession, PROBLEM_TYPES, type User } from '@gw/shared/contracts';
import { ProblemException } from '../../common/problem/problem.exception';
import { UserEntity } from '../users/entities/user.entity';
import { toUser } from '../users/user.schema';
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
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RefreshTokenEntity)
    private readonly refreshTokens: Repository<RefreshTokenEntity>,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async register(dto: RegisterDto): Promise<User> {
    const passwordHash = await hashPassword(dto.password);
    try {
      const { identifiers } = await this.users.insert({
        email: dto.email,
        displayName: dto.displayName,
        passwordHash,
      });
      return toUser(await this.users.findOneByOrFail({ id: identifiers[0]?.['id'] as string }));
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        throw new ProblemException(409, 'An account with this e-mail address already exists.', {
          type: PROBLEM_TYPES.emailTaken,
        });
      }
      throw error;
    }
  }

  async login(dto: LoginDto, ip: string): Promise<AuthSession> {
    // Counted before the password is checked, so parallel guesses cannot outrun the count.
    const attempt = await this.throttle.begin(dto.email, ip);
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email: dto.email })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), dto.password);
    if (!user || !valid) throw invalidCredentials();
    await this.throttle.succeeded(attempt);
    return this.tokens.issueSession(toUser(user));
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
      const user = current && (await manager.findOneBy(UserEntity, { id: current.user_id }));
      return current && user
        ? this.tokens.issueSession(toUser(user), current.family_id, manager)
        : null;
    });
    if (session) return session;

    const known = await this.refreshTokens.findOneBy({ tokenHash });
    if (known && (known.usedAt || known.revokedAt)) await this.tokens.revokeFamily(known.familyId);
    throw invalidRefreshToken();
  }

  async logout(refreshToken: string): Promise<void> {
    const known = await this.refreshTokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (known) await this.tokens.revokeFamily(known.familyId);
  }
}
