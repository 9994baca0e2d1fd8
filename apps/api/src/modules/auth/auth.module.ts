import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitService } from '../../common/throttle/rate-limit.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { stopPasswordHashing } from './password-hasher';
import { TokenService } from './token.service';

const PURGE_INTERVAL_MS = 60 * 60 * 1000;

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    TypeOrmModule.forFeature([RefreshTokenEntity]),
    UsersModule,
  ],
  controllers: [AuthController],
  providers: [AuthService, TokenService, LoginThrottleService, JwtStrategy],
})
export class AuthModule implements OnModuleInit, OnModuleDestroy {
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    private readonly loginThrottle: LoginThrottleService,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** Aged-out throttling counters are deleted hourly by every instance; the deletes are idempotent. */
  onModuleInit() {
    this.purgeTimer = setInterval(
      () =>
        void Promise.all([this.loginThrottle.purgeExpired(), this.rateLimits.purgeExpired()]).catch(
          () => undefined,
        ),
      PURGE_INTERVAL_MS,
    );
    this.purgeTimer.unref();
  }

  async onModuleDestroy() {
    clearInterval(this.purgeTimer);
    await stopPasswordHashing();
  }
}
