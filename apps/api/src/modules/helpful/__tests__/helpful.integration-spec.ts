import { askQuestion, ledgerSum, MARK_HELPFUL, postAnswer, reputationOf, UNMARK_HELPFUL } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';

describe('marking answers helpful', () => {
  let api: TestApp;
  let asker: TestUser;
  let answerer: TestUser;
  let communityId: string;

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    asker = await api.signUp('Asker');
    answerer = await api.signUp('Answerer');
  });
  afterAll(() => api.close());

  it('counts twelve members marking at once, each twice, exactly twelve times and pays 6 points each once', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    const voters = await Promise.all(Array.from({ length: 12 }, (_, i) => api.signUp(`Voter ${i}`)));
    const before = await reputationOf(api, answerer.id);

    const results = await Promise.all(voters.flatMap((voter) => [1, 2].map(() => api.gql(MARK_HELPFUL, { id: answerId }, voter.token))));

    expect(results.filter((r) => r.errors)).toEqual([]);
    const [{ helpful_count }] = await api.dataSource.query('SELECT helpful_count FROM answers WHERE id = $1', [answerId]);
    const [{ votes }] = await api.dataSource.query('SELECT count(*)::int AS votes FROM helpful_votes WHERE answer_id = $1', [answerId]);
    expect(helpful_count).toBe(12);
    expect(votes).toBe(12);
    expect(await reputationOf(api, answerer.id)).toBe(before + 12 * 6);
    expect(await reputationOf(api, answerer.id)).toBe(await ledgerSum(api, answerer.id));
  });

  it('takes the points back when the mark is withdrawn, and only once', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    const voter = await api.signUp('Fickle voter');
    const before = await reputationOf(api, answerer.id);

    const marked = await api.ok(MARK_HELPFUL, { id: answerId }, voter.token);
    expect(marked.markHelpful).toMatchObject({ helpfulCount: 1, viewerHasMarkedHelpful: true });
    expect(await reputationOf(api, answerer.id)).toBe(before + 6);

    const [first, second] = await Promise.all([
      api.ok(UNMARK_HELPFUL, { id: answerId }, voter.token),
      api.ok(UNMARK_HELPFUL, { id: answerId }, voter.token),
    ]);
    expect([first.unmarkHelpful.helpfulCount, second.unmarkHelpful.helpfulCount]).toEqual([0, 0]);
    expect(await reputationOf(api, answerer.id)).toBe(before);
    expect(await ledgerSum(api, answerer.id)).toBe(before);
  });

  it("costs the same few statements whatever the size of the author's history", async () => {
    const statementsOfOneMark = async (author: TestUser, earlierAnswers: number) => {
      const questionId = await askQuestion(api, asker, communityId);
      const voter = await api.signUp('Counted voter');
      for (let i = 0; i < earlierAnswers; i++) {
        await api.ok(MARK_HELPFUL, { id: await postAnswer(api, author, questionId, `Earlier answer ${i}`) }, voter.token);
      }
      const answerId = await postAnswer(api, author, questionId, 'The counted answer');
      api.queries.count = 0;
      const { markHelpful } = await api.ok(MARK_HELPFUL, { id: answerId }, voter.token);
      expect(markHelpful).toEqual({ id: answerId, helpfulCount: 1, viewerHasMarkedHelpful: true });
      return api.queries.count;
    };
    const newcomer = await statementsOfOneMark(await api.signUp('Newcomer'), 0);
    const regular = await statementsOfOneMark(await api.signUp('Regular'), 30);
    expect(regular).toBe(newcomer);
    // The viewer, then in one transaction: the vote (with the author's lock and the notification) and
    // the grant (with the author's badge standing).
    expect(regular).toBeLessThanOrEqual(5);
  });

  it('refuses a mark on your own answer with FORBIDDEN and changes nothing', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    const before = await reputationOf(api, answerer.id);
    const result = await api.gql(MARK_HELPFUL, { id: answerId }, answerer.token);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await reputationOf(api, answerer.id)).toBe(before);
  });

  it('asks a signed-out visitor to sign in', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    expect(errorCode(await api.gql(MARK_HELPFUL, { id: answerId }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an answer that does not exist', '999999', 'NOT_FOUND'],
    ['an id that is not a number', 'abc', 'BAD_USER_INPUT'],
  ])('reports %s', async (_case, id, code) => {
    expect(errorCode(await api.gql(MARK_HELPFUL, { id }, asker.token))).toBe(code);
  });
});
