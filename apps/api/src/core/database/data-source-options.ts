import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { QueryCounter } from './query-counter';

export function dataSourceOptions(url: string, queryCounter?: QueryCounter): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // prepareDatabase runs them under a lock, so that replicas starting together take turns.
    migrationsRun: false,
    migrationsTransactionMode: 'all',
    synchronize: false,
    logger: queryCounter,
    extra: { max: Number(process.env.DATABASE_POOL_SIZE ?? 20) },
  };
}
