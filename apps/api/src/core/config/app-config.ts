import { resolve } from 'node:path';

export interface AppConfig {
  /** Where the HTTP server listens. */
  host: string;
  port: number;
  /** Set: use this PostgreSQL. Unset: run an embedded one with its data in `dataDir`. */
  databaseUrl: string | null;
  redisUrl: string | null;
  /** Embedded database files and the generated JWT secret live here. */
  dataDir: string;
  jwtSecret: string | null;
  /** The built web app served at `/`; absent in API-only runs. */
  webDistDir: string;
  seedDemoData: boolean;
  /** PostgreSQL text search language for stemming (english, french...). */
  searchLanguage: string;
  production: boolean;
  /** How long a signed-out query's response may be served from memory; 0 turns the cache off. */
  anonymousCacheTtlMs: number;
  /** How far V8 may grow the heap past what the last full collection kept, in percent; 0 leaves V8's own choice. */
  heapGrowingPercent: number;
  moderation: ModerationConfig;
}

export interface ModerationConfig {
  /** Distinct members whose open reports hide a post at once, pending review. */
  reportsToHide: number;
  /** How long an account counts as new (its links are held for review while at level 1); 0: never. */
  newAccountHours: number;
  /** Posts per hour by level (POSTING_RATE_LIMITS in libs/shared); POSTING_RATE_LIMITS=off turns them off. */
  postingRateLimits: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    host: env.HOST || '127.0.0.1',
    port: parsePort(env.PORT ?? '3000'),
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    dataDir: resolve(env.DATA_DIR || '.data'),
    jwtSecret: env.JWT_SECRET || null,
    webDistDir: resolve(env.WEB_DIST_DIR || 'dist/apps/web'),
    seedDemoData: env.SEED_DEMO_DATA !== 'false',
    searchLanguage: parseLanguage(env.SEARCH_LANGUAGE ?? 'english'),
    production: env.NODE_ENV === 'production',
    anonymousCacheTtlMs: parseWhole('ANONYMOUS_CACHE_TTL_MS', env.ANONYMOUS_CACHE_TTL_MS ?? '30000', 0),
    heapGrowingPercent: parseWhole('HEAP_GROWING_PERCENT', env.HEAP_GROWING_PERCENT ?? '50', 0),
    moderation: {
      reportsToHide: parseWhole('REPORTS_TO_HIDE', env.REPORTS_TO_HIDE ?? '3', 1),
      newAccountHours: parseWhole('NEW_ACCOUNT_HOURS', env.NEW_ACCOUNT_HOURS ?? '24', 0),
      postingRateLimits: env.POSTING_RATE_LIMITS !== 'off',
    },
  };
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parseWhole(name: string, raw: string, min: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return value;
}

function parseLanguage(raw: string): string {
  const language = raw.trim().toLowerCase();
  if (!/^[a-z]+$/.test(language)) throw new Error(`SEARCH_LANGUAGE must be a language name such as english or french, got "${raw}"`);
  return language;
}
