import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule, AppModuleOptions } from './app.module';
import { AnonymousReadCache } from './core/anonymous-cache/anonymous-read-cache';
import { serveCachedAnonymousReads } from './core/anonymous-cache/serve-cached-reads';
import { prepareDatabase } from './core/database/prepare-database';
import { BadgesService } from './modules/badges/badges.service';
import { applySearchLanguage } from './modules/search/search-language';
import { ClientErrorFilter } from './core/graphql/client-error.filter';
import { createValidationPipe } from './core/graphql/validation.pipe';
import { serveWebApp } from './core/web/serve-web-app';

/**
 * Builds the HTTP application on a migrated database; shared by `main.ts` and the integration tests.
 * `afterMigrations` runs under the same lock as the migrations (the demo seed uses it).
 */
export async function createApp(
  options: AppModuleOptions,
  logger: false | Logger = new Logger(),
  afterMigrations?: (app: NestExpressApplication) => Promise<void>,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: logger === false ? false : ['log', 'warn', 'error'],
    bodyParser: true,
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ClientErrorFilter());
  app.useBodyParser('json', { limit: '1mb' });
  const anonymousCache = app.get(AnonymousReadCache);
  if (anonymousCache.enabled) app.use('/graphql', serveCachedAnonymousReads(anonymousCache));
  app.disable('x-powered-by');
  // Express hashes every response body for an ETag; nobody revalidates a GraphQL POST with it.
  app.disable('etag');
  serveWebApp(app, options.config.webDistDir);
  const dataSource = app.get<DataSource>(getDataSourceToken());
  await prepareDatabase(dataSource, async (applied) => {
    // A new version may bring new badges or rules: members get what they already qualify for.
    if (applied.length > 0) await app.get(BadgesService).evaluateEveryone();
    await dataSource.transaction((manager) => applySearchLanguage(manager, options.config.searchLanguage));
    await afterMigrations?.(app);
  });
  return app;
}
