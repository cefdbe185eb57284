import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../core/database/embedded-postgres';
import { MIGRATIONS } from '../core/database/migrations';
import { adminQuery, TEST_ENV, withDatabase } from './test-database';

/**
 * One PostgreSQL for the whole run (DATABASE_URL, or an embedded one in a temp folder) and one
 * migrated template database; each test file clones the template into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'agora-test-pg-'));
    const embedded = await startEmbeddedPostgres(dataDir, 'postgres');
    (globalThis as { agoraTestDatabase?: unknown }).agoraTestDatabase = { ...embedded, dataDir };
    adminUrl = embedded.url;
  }
  const template = `agora_template_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  // Global setup runs outside Jest's module mapping, so it loads migrations only, never entities.
  const dataSource = new DataSource({ type: 'postgres', url: withDatabase(adminUrl, template), migrations: MIGRATIONS });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  await dataSource.destroy();
  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.template] = template;
}
