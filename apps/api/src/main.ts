import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import 'reflect-metadata';
import { createApp } from './bootstrap';
import { loadConfig } from './core/config/app-config';
import type { RunningDatabase } from './core/database/embedded-postgres';
import { shutDownGracefully } from './core/lifecycle/graceful-shutdown';
import { limitHeapGrowth } from './core/runtime/heap-growth';
import { ReputationVerifier } from './modules/reputation/reputation-verifier';
import { DemoSeeder } from './modules/seed/demo-seeder';

const logger = new Logger('Agora');

/** `node main.js verify-reputation`: recompute all reputation and report differences (exit 1 if any). */
const COMMAND = process.argv[2];

async function main(): Promise<void> {
  const config = loadConfig();
  limitHeapGrowth(config.heapGrowingPercent);
  const database: RunningDatabase = config.databaseUrl
    ? { url: config.databaseUrl, stop: async () => undefined }
    : // Loaded only when needed: deployments with DATABASE_URL never touch the bundled PostgreSQL.
      await (await import('./core/database/embedded-postgres')).startEmbeddedPostgres(config.dataDir, 'agora');
  if (!config.databaseUrl) logger.log(`Embedded PostgreSQL running, data in ${config.dataDir}`);

  let app: NestExpressApplication | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: stopping`);
    if (app) await shutDownGracefully(app).catch((error) => logger.error(error));
    await database.stop().catch((error) => logger.error(error));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    const seed = async (nest: NestExpressApplication) => {
      if (config.seedDemoData) await nest.get(DemoSeeder).seedIfEmpty();
    };
    if (COMMAND === 'verify-reputation') {
      app = await createApp({ config, databaseUrl: database.url }, false);
      const report = await app.get(ReputationVerifier).verify();
      console.log(`Checked ${report.usersChecked} users and ${report.ledgerRows} ledger rows: ${report.differences.length} differences.`);
      for (const difference of report.differences) console.log(`  ${difference}`);
      await app.close();
      await database.stop();
      process.exit(report.differences.length ? 1 : 0);
    }
    app = await createApp({ config, databaseUrl: database.url }, undefined, seed);
    await app.listen(config.port, config.host);
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
    logger.log(`Agora is ready at ${url} (GraphQL at ${url}/graphql)`);
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await database.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
