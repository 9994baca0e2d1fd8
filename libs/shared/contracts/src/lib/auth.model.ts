import type { User } from './user.model';

export interface AuthSession {
  accessToken: string;
  /** Seconds until the access token expires. */
  accessTokenExpiresIn: number;
  refreshToken: string;
  user: User;
}
