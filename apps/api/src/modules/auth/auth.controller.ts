import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthSession, User } from '@gw/shared/contracts';
import { Public } from '../../common/decorators/public.decorator';
import { ApiProblems } from '../../common/swagger/api-problems.decorator';
import { RateLimit } from '../../common/throttle/rate-limit.guard';
import { UserSchema } from '../users/user.schema';
import { AuthSessionSchema } from './auth.schema';
import { AuthService } from './auth.service';
import { LoginDto, RefreshTokenDto, RegisterDto } from './dto/auth.dto';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @RateLimit('registerBurst', 'register')
  @ApiOperation({ summary: 'Create an account' })
  @ApiCreatedResponse({ type: UserSchema })
  @ApiProblems(400, 409)
  register(@Body() dto: RegisterDto): Promise<User> {
    return this.auth.register(dto);
  }

  @Post('login')
  @HttpCode(200)
  @RateLimit('login')
  @ApiOperation({
    summary:
      'Log in; failures are throttled per account and client address with growing waits, and per address',
  })
  @ApiOkResponse({ type: AuthSessionSchema })
  @ApiProblems(400, 401)
  login(@Body() dto: LoginDto, @Req() request: FastifyRequest): Promise<AuthSession> {
    return this.auth.login(dto, request.ip);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rotate the refresh token; a spent token presented again revokes its family',
  })
  @ApiOkResponse({ type: AuthSessionSchema })
  @ApiProblems(400, 401)
  refresh(@Body() dto: RefreshTokenDto): Promise<AuthSession> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the refresh token and its whole family' })
  @ApiNoContentResponse()
  @ApiProblems(400)
  async logout(@Body() dto: RefreshTokenDto): Promise<void> {
    await this.auth.logout(dto.refreshToken);
  }
}
