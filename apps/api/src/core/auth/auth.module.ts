import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { resolveJwtSecret } from './jwt-secret';
import { AuthTokenService } from './auth-token.service';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A key object, not the string: given a string, jsonwebtoken first tries to read it as a
        // public key (which throws) on every verify, about a millisecond per request or socket.
        secret: createSecretKey(Buffer.from(resolveJwtSecret(config.jwtSecret, config.dataDir))),
        signOptions: { expiresIn: '30d' },
      }),
    }),
  ],
  providers: [AuthTokenService],
  exports: [AuthTokenService],
})
export class AuthModule {}
