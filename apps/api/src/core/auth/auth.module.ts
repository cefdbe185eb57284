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
      useFactory: (config: AppConfig) => ({
        secret: resolveJwtSecret(config.jwtSecret, config.dataDir),
        signOptions: { expiresIn: '30d' },
      }),
    }),
  ],
  providers: [AuthTokenService],
  exports: [AuthTokenService],
})
export class AuthModule {}
