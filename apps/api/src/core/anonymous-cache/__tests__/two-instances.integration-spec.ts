import { askQuestion, MARK_HELPFUL, postAnswer } from '../../../testing/fixtures';
import { TestApp } from '../../../testing/test-app';
import { cached, readAnonymously } from './anonymous-reads';

const PAGE = `query($id: ID!) { question(id: $id) { id answerCount answers { id body helpfulCount author { id level } } } }`;
const redisUrl = process.env.REDIS_URL;

if (!redisUrl) console.warn('Skipping the two-instance anonymous cache test: REDIS_URL is not set (CI sets it to the machine\'s Redis).');

(redisUrl ? describe : describe.skip)('the anonymous caches of two API instances sharing PostgreSQL and Redis', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    const config = { redisUrl: redisUrl ?? null, anonymousCacheTtlMs: 60_000 };
    first = await TestApp.start({ config });
    second = await TestApp.start({ config, sameDatabaseAs: first });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  /** Reads on `api` until `done` holds for what it shows, for at most `ms`; returns the last read. */
  async function readUntil(api: TestApp, variables: Record<string, unknown>, done: (data: any) => boolean, ms = 1_000) {
    const started = Date.now();
    for (;;) {
      const read = await readAnonymously(api, PAGE, variables);
      if (done(read.data) || Date.now() - started > ms) return { ...read, after: Date.now() - started };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('drops on the other instance, within a second, the pages a write changed, and keeps the others there', async () => {
    const communityId = await first.createCommunity();
    const [asker, answerer, voter] = [await first.signUp('Asker'), await first.signUp('Answerer'), await first.signUp('Voter')];
    const changed = await askQuestion(first, asker, communityId, { title: 'Changes on the first instance' });
    const untouched = await askQuestion(first, asker, communityId, { title: 'Left alone' });
    const answerId = await postAnswer(first, answerer, changed);
    await postAnswer(first, answerer, untouched);
    await cached(second, PAGE, { id: changed });
    await cached(second, PAGE, { id: untouched });

    await first.ok(MARK_HELPFUL, { id: answerId }, voter.token);

    const read = await readUntil(second, { id: changed }, (data) => data.question.answers[0].helpfulCount === 1);
    expect(read.data.question.answers[0].helpfulCount).toBe(1);
    expect(read.after).toBeLessThan(1_000);
    expect((await readAnonymously(second, PAGE, { id: untouched })).cache).toBe('hit');
    // The instance that wrote dropped its own copy before answering the mutation.
    await cached(first, PAGE, { id: untouched });
    await first.ok(`mutation($id: ID!) { addMeToo(questionId: $id) { id } }`, { id: untouched }, voter.token);
    expect((await readAnonymously(first, PAGE, { id: untouched })).cache).toBeNull();
  });
});
