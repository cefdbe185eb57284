import { DataSource, Migration } from 'typeorm';

/** Any constant works; all instances of Agora on one database must agree on it. */
const MIGRATION_LOCK_KEY = 7_406_313;

/**
 * Runs pending migrations, then `afterMigrations` (badge upkeep, the demo seed), while holding a PostgreSQL advisory
 * lock, so that several API instances starting together on an empty database take turns.
 */
export async function prepareDatabase(
  dataSource: DataSource,
  afterMigrations: (applied: Migration[]) => Promise<void> = async () => undefined,
): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    await afterMigrations(applied);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
