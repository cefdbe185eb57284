import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { unauthenticated } from '../graphql/errors';

interface TokenClaims {
  sub: string;
}

@Injectable()
export class AuthTokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(userId: string): string {
    return this.jwt.sign({ sub: userId } satisfies TokenClaims);
  }

  /** The user id in a `Bearer` header, null when there is none; a bad or expired token is an error. */
  viewerIdFrom(authorization: unknown): string | null {
    if (typeof authorization !== 'string' || authorization.trim() === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw this.invalidToken();
    try {
      const claims = this.jwt.verify<TokenClaims>(match[1]);
      if (typeof claims.sub !== 'string') throw new Error('no subject');
      return claims.sub;
    } catch {
      throw this.invalidToken();
    }
  }

  private invalidToken() {
    const error = unauthenticated('Your session has expired or is not valid. Please sign in again.');
    Object.assign(error.extensions, { http: { status: 401 } });
    return error;
  }
}
