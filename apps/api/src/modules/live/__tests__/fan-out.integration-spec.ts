import { askQuestion, postAnswer } from '../../../testing/fixtures';
import { LiveClient } from '../../../testing/live-client';
import { TestApp } from '../../../testing/test-app';

const ANSWER_POSTED = `subscription($q: ID!) { answerPosted(questionId: $q) { id createdAt } }`;
const COMPOSING = `subscription($q: ID!) { composing(questionId: $q) { count } }`;
const redisUrl = process.env.REDIS_URL;

if (!redisUrl) console.warn('Skipping the two-instance fan-out test: REDIS_URL is not set (CI sets it to the machine\'s Redis).');

(redisUrl ? describe : describe.skip)('two API instances sharing PostgreSQL and Redis', () => {
  let first: TestApp;
  let second: TestApp;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    first = await TestApp.start({ config: { redisUrl: redisUrl ?? null } });
    second = await TestApp.start({ config: { redisUrl: redisUrl ?? null }, sameDatabaseAs: first });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await second?.close();
    await first?.close();
  });

  it('delivers an answer posted on one instance to a subscriber on the other within a second, dates intact', async () => {
    const asker = await first.signUp('Asker');
    const answerer = await second.signUp('Answerer');
    const questionId = await askQuestion(first, asker, await first.createCommunity());
    const client = new LiveClient(first.baseUrl, asker.token);
    clients.push(client);
    const subscription = await client.subscribe(ANSWER_POSTED, { q: questionId });

    const started = Date.now();
    const answerId = await postAnswer(second, answerer, questionId);
    const { data } = await subscription.next(1_000);

    expect(Date.now() - started).toBeLessThan(1_000);
    expect(data?.answerPosted.id).toBe(answerId);
    const [row] = await first.dataSource.query('SELECT created_at FROM answers WHERE id = $1', [answerId]);
    expect(new Date(data?.answerPosted.createdAt).getTime()).toBe(row.created_at.getTime());
  });

  it('shares who is writing across instances', async () => {
    const asker = await first.signUp('Asker 2');
    const writer = await second.signUp('Writer');
    const questionId = await askQuestion(first, asker, await first.createCommunity());
    const client = new LiveClient(first.baseUrl);
    clients.push(client);
    const subscription = await client.subscribe(COMPOSING, { q: questionId });
    expect((await subscription.next()).data?.composing.count).toBe(0);

    await second.ok(`mutation($q: ID!) { setComposing(questionId: $q, composing: true) }`, { q: questionId }, writer.token);
    expect((await subscription.next(1_000)).data?.composing.count).toBe(1);
  });
});
