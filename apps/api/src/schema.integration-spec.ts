import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from './testing/test-app';

const COMMITTED = join(__dirname, 'schema.gql');

/**
 * The committed schema.gql is what the web app's types are generated from. `npm run schema` rewrites
 * it; this test fails when the code and the committed file disagree.
 */
describe('the committed GraphQL schema', () => {
  it('matches the schema the code builds', async () => {
    const emitted = join(tmpdir(), `agora-schema-${process.pid}.gql`);
    const api = await TestApp.start({ schemaFile: emitted });
    await api.close();
    const fresh = readFileSync(emitted, 'utf8');
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(COMMITTED, fresh);
    expect(existsSync(COMMITTED) ? readFileSync(COMMITTED, 'utf8') : '(missing)').toBe(fresh);
  });
});
