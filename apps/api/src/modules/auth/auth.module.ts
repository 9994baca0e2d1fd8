import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UserEntity } from '../users/entities/user.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginFailureEntity } from './entities/login-failure.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
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
    TypeOrmModule.forFeature([UserEntity, RefreshTokenEntity, LoginFailureEntity]),
  ],
  controllers: [AuthController],
  providers: [AuthService, TokenService, LoginThrottleService, JwtStrategy],
})
export class AuthModule implements OnModuleInit, OnModuleDestroy {
  private purgeTimer?: NodeJS.Timeout;

  constructor(private readonly throttle: LoginThrottleService) {}

  /** Old failures are deleted hourly by every instance; the delete is idempotent. */
  onModuleInit() {
    this.purgeTimer = setInterval(
      () => void this.throttle.purgeExpired().catch(() => undefined),
      PURGE_INTERVAL_MS,
    );
    this.purgeTimer.unref();
  }

  onModuleDestroy() {
    clearInterval(this.purgeTimer);
  }
}
