import { rm } from 'node:fs/promises';
import { adminQuery, TEST_ENV } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  if (adminUrl) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${process.env[TEST_ENV.template]}`).catch(() => undefined);
  const embedded = (globalThis as { agoraTestDatabase?: { stop(): Promise<void>; dataDir: string } }).agoraTestDatabase;
  if (embedded) {
    await embedded.stop();
    await rm(embedded.dataDir, { recursive: true, force: true });
  }
}
