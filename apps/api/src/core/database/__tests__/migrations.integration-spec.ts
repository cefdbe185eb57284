import { DataSource } from 'typeorm';
import { TestApp } from '../../../testing/test-app';
import { adminQuery, TEST_ENV, withDatabase } from '../../../testing/test-database';
import { dataSourceOptions } from '../data-source-options';
import { prepareDatabase } from '../prepare-database';

describe('database migrations', () => {
  const adminUrl = () => process.env[TEST_ENV.adminUrl] as string;
  const database = `agora_empty_${process.pid}`;

  afterAll(() => adminQuery(adminUrl(), `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));

  it('build the whole schema from an empty database, matching the entities exactly', async () => {
    await adminQuery(adminUrl(), `CREATE DATABASE ${database}`);
    const dataSource = new DataSource(dataSourceOptions(withDatabase(adminUrl(), database)));
    await dataSource.initialize();
    try {
      await prepareDatabase(dataSource);
      expect(dataSource.options.synchronize).toBe(false);
      const tables = await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
      expect(tables.map((t: { tablename: string }) => t.tablename)).toEqual(
        expect.arrayContaining(['answers', 'helpful_votes', 'questions', 'reputation_events', 'users', 'migrations']),
      );
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('run once when several instances start together on an empty database', async () => {
    const fresh = `${database}_race`;
    await adminQuery(adminUrl(), `CREATE DATABASE ${fresh}`);
    const instances = [1, 2, 3].map(() => new DataSource(dataSourceOptions(withDatabase(adminUrl(), fresh))));
    try {
      await Promise.all(instances.map((instance) => instance.initialize()));
      await Promise.all(instances.map((instance) => prepareDatabase(instance)));
      const [{ count }] = await instances[0].query('SELECT count(*)::int AS count FROM migrations');
      expect(count).toBe(instances[0].migrations.length);
    } finally {
      await Promise.all(instances.map((instance) => instance.destroy()));
      await adminQuery(adminUrl(), `DROP DATABASE IF EXISTS ${fresh} WITH (FORCE)`);
    }
  });

  it('run at start-up and leave an already migrated database as it is', async () => {
    const api = await TestApp.start();
    try {
      const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM migrations');
      expect(count).toBe(api.dataSource.migrations.length);
      expect(await api.dataSource.showMigrations()).toBe(false);
    } finally {
      await api.close();
    }
  });
});
