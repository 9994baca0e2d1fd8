import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthenticatedUser } from '../../common/auth-context';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { AccessTokenPayload } from './token.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to
      // parse it as a public key on every request, which cost half the API's CPU under load.
      // The typings only admit string | Buffer; jsonwebtoken accepts a KeyObject.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /** False (401) for a token without an expiry: jsonwebtoken accepts those as valid forever. */
  validate(payload: AccessTokenPayload & { exp?: unknown }): AuthenticatedUser | false {
    if (typeof payload.exp !== 'number') return false;
    return { id: payload.sub, email: payload.email, displayName: payload.name };
  }
}
