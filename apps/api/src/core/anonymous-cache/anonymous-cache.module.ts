import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { AnonymousCacheSync } from './anonymous-cache-sync';
import { AnonymousReadCache } from './anonymous-read-cache';

@Global()
@Module({
  providers: [
    { provide: AnonymousReadCache, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new AnonymousReadCache(config.anonymousCacheTtlMs) },
    AnonymousCacheSync,
  ],
  exports: [AnonymousReadCache, AnonymousCacheSync],
})
export class AnonymousCacheModule {}
