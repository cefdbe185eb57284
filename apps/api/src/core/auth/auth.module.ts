import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { resolveJwtSecret } from './jwt-secret';
import { AuthTokenService } from './auth-token.service';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // Made once: given a string, jsonwebtoken rebuilds the key on every verify, after first trying
        // it as a public key and catching the error (about a tenth of a signed-in request's CPU).
        const key = createSecretKey(Buffer.from(resolveJwtSecret(config.jwtSecret, config.dataDir)));
        return { secretOrKeyProvider: () => key, signOptions: { expiresIn: '30d' } };
      },
    }),
  ],
  providers: [AuthTokenService],
  exports: [AuthTokenService],
})
export class AuthModule {}
