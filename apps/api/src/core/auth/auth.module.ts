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
        // A KeyObject, not the string: given a string, jsonwebtoken first tries it as a PEM public key
        // and throws, on every verify; that alone was an eighth of a signed-in page's CPU.
        secret: createSecretKey(Buffer.from(resolveJwtSecret(config.jwtSecret, config.dataDir))),
        signOptions: { expiresIn: '30d' },
      }),
    }),
  ],
  providers: [AuthTokenService],
  exports: [AuthTokenService],
})
export class AuthModule {}
