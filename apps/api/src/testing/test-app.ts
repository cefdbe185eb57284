import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../bootstrap';
import { AppConfig, loadConfig } from '../core/config/app-config';
import { PointsReason } from '@agora/shared';
import { QueryCounter } from '../core/database/query-counter';
import { BadgesService } from '../modules/badges/badges.service';
import { ledgerKeys } from '../modules/reputation/ledger-keys';
import { ReputationService } from '../modules/reputation/reputation.service';
import { adminQuery, TEST_ENV, withDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestUser {
  id: string;
  token: string;
  displayName: string;
}

/** A booted API on a database of its own, cloned from the migrated template. */
export class TestApp {
  private userCount = 0;

  private constructor(
    readonly app: NestExpressApplication,
    readonly baseUrl: string,
    readonly dataSource: DataSource,
    readonly queries: QueryCounter,
    private readonly databaseName: string,
    private readonly ownsDatabase: boolean,
  ) {}

  /** `pointsRules`: overrides as the POINTS_RULES variable would give them. */
  static async start(
    options: { schemaFile?: string; pointsRules?: Record<string, number>; config?: Partial<AppConfig>; sameDatabaseAs?: TestApp } = {},
  ): Promise<TestApp> {
    const adminUrl = required(TEST_ENV.adminUrl);
    // A second instance of the API on the first one's database (multi-instance tests).
    const databaseName = options.sameDatabaseAs?.databaseName ?? `agora_test_${randomBytes(6).toString('hex')}`;
    if (!options.sameDatabaseAs) await adminQuery(adminUrl, `CREATE DATABASE ${databaseName} TEMPLATE ${required(TEST_ENV.template)}`);
    const queries = new QueryCounter();
    const config = {
      ...loadConfig({}),
      dataDir: join(tmpdir(), 'agora-test-data'),
      jwtSecret: 'test-secret-for-integration-tests',
      webDistDir: join(tmpdir(), 'agora-no-web-build'),
      seedDemoData: false,
      // Tests change rows behind the API's back; the cache has its own test that turns it on.
      anonymousCacheTtlMs: 0,
      // Specs post freely from brand-new accounts; the moderation specs turn these filters on.
      moderation: { reportsToHide: 3, newAccountHours: 0, postingRateLimits: false },
      ...options.config,
    };
    if (options.pointsRules) process.env.POINTS_RULES = JSON.stringify(options.pointsRules);
    const app = await createApp(
      { config, databaseUrl: withDatabase(adminUrl, databaseName), queryCounter: queries, schemaFile: options.schemaFile },
      false,
    ).finally(() => delete process.env.POINTS_RULES);
    await app.listen(0, '127.0.0.1');
    const baseUrl = await app.getUrl();
    return new TestApp(app, baseUrl.replace('[::1]', '127.0.0.1'), app.get(getDataSourceToken()), queries, databaseName, !options.sameDatabaseAs);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.dropDatabase();
  }

  /** For a test that closed the app itself. */
  async dropDatabase(): Promise<void> {
    if (this.ownsDatabase) await adminQuery(required(TEST_ENV.adminUrl), `DROP DATABASE IF EXISTS ${this.databaseName} WITH (FORCE)`);
  }

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Like gql, but fails the test on any GraphQL error. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async signUp(displayName = `Member ${++this.userCount}`): Promise<TestUser> {
    const email = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${randomBytes(3).toString('hex')}@example.com`;
    const data = await this.ok<{ signUp: { token: string; user: { id: string } } }>(
      `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`,
      { input: { email, password: 'correct horse battery', displayName } },
    );
    return { id: data.signUp.user.id, token: data.signUp.token, displayName };
  }

  /** Changes a user's role (test set-up; through the API, only admins may, with setUserRole). */
  async setRole(userId: string, role: 'MEMBER' | 'MODERATOR' | 'ADMIN'): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE users SET role = $2 WHERE id = $1', [userId, role]);
      await this.app.get(BadgesService).evaluate(manager, userId);
    });
  }

  /** Gives a user reputation as imported points, through the ledger (test set-up for levels). */
  async importReputation(userId: string, amount: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.app.get(ReputationService).grant(manager, {
        userId,
        key: ledgerKeys.imported(userId),
        reason: PointsReason.IMPORTED,
        amount,
      });
      await this.app.get(BadgesService).evaluate(manager, userId);
    });
  }

  async createCommunity(slug = `c-${randomBytes(3).toString('hex')}`, name = 'Phones'): Promise<string> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into('communities')
      .values({ name, slug, description: 'Test community' })
      .returning('id')
      .execute();
    return result.raw[0].id;
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest so the global setup runs`);
  return value;
}

export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
