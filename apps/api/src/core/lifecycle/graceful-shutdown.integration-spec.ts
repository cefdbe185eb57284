import { LIVE_CLOSE_CODES } from '@agora/shared';
import { Client } from 'pg';
import { askQuestion } from '../../testing/fixtures';
import { LiveClient } from '../../testing/live-client';
import { TestApp } from '../../testing/test-app';
import { withDatabase } from '../../testing/test-database';
import { shutDownGracefully } from './graceful-shutdown';

const EDIT = `mutation($input: EditQuestionInput!) { editQuestion(input: $input) { title } }`;

describe('graceful shutdown (SIGTERM)', () => {
  it('closes sockets with 1012, refuses new connections, and lets the request in flight finish', async () => {
    const api = await TestApp.start();
    const asker = await api.signUp('Asker');
    const questionId = await askQuestion(api, asker, await api.createCommunity());
    const socket = new LiveClient(api.baseUrl, asker.token);
    await socket.subscribe(`subscription($q: ID!) { questionUpdated(questionId: $q) { id } }`, { q: questionId });

    // Hold the question's row lock so that an edit stays in flight until we let go.
    const blocker = new Client({ connectionString: withDatabase(process.env.AGORA_TEST_ADMIN_URL as string, api.dataSource.driver.database as string) });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM questions WHERE id = $1 FOR UPDATE', [questionId]);
    const inFlight = api.gql(EDIT, { input: { questionId, title: 'Edited while shutting down' } }, asker.token);
    await new Promise((resolve) => setTimeout(resolve, 200));

    let stopped = false;
    const stopping = shutDownGracefully(api.app).then(() => (stopped = true));

    expect((await socket.closed).code).toBe(LIVE_CLOSE_CODES.SERVICE_RESTART);
    await expect(fetch(`${api.baseUrl}/health`)).rejects.toThrow();
    expect(stopped).toBe(false);

    await blocker.query('COMMIT');
    await blocker.end();
    expect((await inFlight).data?.editQuestion.title).toBe('Edited while shutting down');
    await stopping;
    expect(stopped).toBe(true);
    await socket.dispose();
    await api.dropDatabase();
  });
});
