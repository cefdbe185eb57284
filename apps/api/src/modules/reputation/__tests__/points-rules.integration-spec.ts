import { ACCEPT, askQuestion, ledgerSum, MARK_HELPFUL, postAnswer, reputationOf, UNMARK_HELPFUL } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';
import { ReputationVerifier } from '../reputation-verifier';

const ME_TOO = `mutation($id: ID!) { addMeToo(questionId: $id) { meTooCount } }`;
const REMOVE = `mutation($input: RemovePostInput!) { removePost(input: $input) { __typename } }`;
const RESTORE = `mutation($q: ID, $a: ID) { restorePost(questionId: $q, answerId: $a) { __typename } }`;
const RECOMMEND = `mutation($id: ID!) { recommendAnswer(answerId: $id) { id recommendedAt } }`;

describe('points rules', () => {
  let api: TestApp;
  let communityId: string;
  let moderator: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    moderator = await api.signUp('Moderator');
    await api.setRole(moderator.id, 'MODERATOR');
  });
  afterAll(() => api.close());

  afterEach(async () => {
    const report = await api.app.get(ReputationVerifier).verify();
    expect(report.differences).toEqual([]);
  });

  it('gives 4 points for a first question, once per member', async () => {
    const asker = await api.signUp();
    await askQuestion(api, asker, communityId);
    await askQuestion(api, asker, communityId);
    expect(await reputationOf(api, asker.id)).toBe(4);
  });

  it('gives 8 points for a first answer to somebody else, never for answering yourself', async () => {
    const [asker, answerer] = [await api.signUp(), await api.signUp()];
    const own = await askQuestion(api, answerer, communityId);
    await postAnswer(api, answerer, own);
    expect(await reputationOf(api, answerer.id)).toBe(4);
    const other = await askQuestion(api, asker, communityId);
    await postAnswer(api, answerer, other);
    await postAnswer(api, answerer, other);
    expect(await reputationOf(api, answerer.id)).toBe(4 + 8);
  });

  it('gives the asker 1 point per me-too, for at most 15 on one question', async () => {
    const asker = await api.signUp();
    const questionId = await askQuestion(api, asker, communityId);
    const fans = await Promise.all(Array.from({ length: 17 }, () => api.signUp()));
    for (const fan of fans) await api.ok(ME_TOO, { id: questionId }, fan.token);
    expect(await reputationOf(api, asker.id)).toBe(4 + 15);
  });

  it('pays 15 to the answerer and 2 to the asker once per question when the asker accepts', async () => {
    const [asker, first, second] = [await api.signUp(), await api.signUp(), await api.signUp()];
    const questionId = await askQuestion(api, asker, communityId);
    const a = await postAnswer(api, first, questionId);
    const b = await postAnswer(api, second, questionId);
    await api.ok(ACCEPT, { id: a }, asker.token);
    await api.ok(ACCEPT, { id: b }, asker.token);
    expect(await reputationOf(api, asker.id)).toBe(4 + 2);
    expect(await reputationOf(api, first.id)).toBe(8);
    expect(await reputationOf(api, second.id)).toBe(8 + 15);
  });

  it('gives 10 points for a recommendation by staff, once per answer', async () => {
    const [asker, answerer] = [await api.signUp(), await api.signUp()];
    const answerId = await postAnswer(api, answerer, await askQuestion(api, asker, communityId));
    await api.ok(RECOMMEND, { id: answerId }, moderator.token);
    await api.ok(RECOMMEND, { id: answerId }, moderator.token);
    expect(await reputationOf(api, answerer.id)).toBe(8 + 10);
    expect(errorCode(await api.gql(RECOMMEND, { id: answerId }, asker.token))).toBe('FORBIDDEN');
  });

  it('takes everything a post earned when staff remove it as spam, with 100 more, never below 0, and restores it all', async () => {
    const [asker, answerer, voter] = [await api.signUp(), await api.signUp(), await api.signUp()];
    await api.importReputation(answerer.id, 150);
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    await api.ok(MARK_HELPFUL, { id: answerId }, voter.token);
    await api.ok(ACCEPT, { id: answerId }, asker.token);
    const before = { answerer: await reputationOf(api, answerer.id), asker: await reputationOf(api, asker.id) };
    expect(before.answerer).toBe(150 + 8 + 6 + 15);

    await api.ok(REMOVE, { input: { answerId, reason: 'SPAM', note: 'Link farm' } }, moderator.token);
    expect(await reputationOf(api, answerer.id)).toBe(150 - 100);

    await api.ok(REMOVE, { input: { questionId, reason: 'ABUSE' } }, moderator.token);
    expect(await reputationOf(api, asker.id)).toBe(0);

    await api.ok(RESTORE, { a: answerId }, moderator.token);
    await api.ok(RESTORE, { q: questionId }, moderator.token);
    expect(await reputationOf(api, answerer.id)).toBe(before.answerer);
    expect(await reputationOf(api, asker.id)).toBe(before.asker);
    for (const user of [asker, answerer]) expect(await reputationOf(api, user.id)).toBe(await ledgerSum(api, user.id));
  });

  it('hides a removed answer from members but shows it to its author and staff', async () => {
    const [asker, answerer] = [await api.signUp(), await api.signUp()];
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    await api.ok(REMOVE, { input: { answerId, reason: 'OFF_TOPIC' } }, moderator.token);
    const answersFor = async (token?: string) =>
      (await api.ok(`query($id: ID!) { question(id: $id) { answers { id removalReason } } }`, { id: questionId }, token)).question.answers;
    expect(await answersFor(asker.token)).toEqual([]);
    expect(await answersFor(answerer.token)).toEqual([{ id: answerId, removalReason: 'OFF_TOPIC' }]);
    expect(await answersFor(moderator.token)).toHaveLength(1);
    expect(await reputationOf(api, answerer.id)).toBe(0);
  });

  it('lets only staff remove posts', async () => {
    const asker = await api.signUp();
    const questionId = await askQuestion(api, asker, communityId);
    expect(errorCode(await api.gql(REMOVE, { input: { questionId, reason: 'SPAM' } }, asker.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(REMOVE, { input: { questionId, reason: 'SPAM' } }))).toBe('UNAUTHENTICATED');
  });

  it('unlocks retagging at level 3 and User Tips at level 5', async () => {
    const [asker, helper] = [await api.signUp(), await api.signUp()];
    const questionId = await askQuestion(api, asker, communityId, { tags: ['battery'] });
    const retag = `mutation($input: EditQuestionInput!) { editQuestion(input: $input) { tags } }`;
    const tip = `mutation($input: AskQuestionInput!) { writeUserTip(input: $input) { id kind } }`;
    const tipInput = { communityId, title: 'How to calibrate your battery', body: 'Charge to 100%, then...' };

    expect(errorCode(await api.gql(retag, { input: { questionId, tags: ['charging'] } }, helper.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(tip, { input: tipInput }, helper.token))).toBe('FORBIDDEN');
    await api.importReputation(helper.id, 500);
    expect((await api.ok(retag, { input: { questionId, tags: ['charging'] } }, helper.token)).editQuestion.tags).toEqual(['charging']);
    expect(errorCode(await api.gql(retag, { input: { questionId, title: 'Rewritten by someone else' } }, helper.token))).toBe('FORBIDDEN');
    await api.importReputation(helper.id, 3_500);
    expect((await api.ok(tip, { input: tipInput }, helper.token)).writeUserTip.kind).toBe('USER_TIP');
  });

  it('gives 10 points per helpful mark on a User Tip, up to 200 per tip', async () => {
    const author = await api.signUp();
    await api.importReputation(author.id, 4_000);
    const { writeUserTip } = await api.ok(
      `mutation($input: AskQuestionInput!) { writeUserTip(input: $input) { id } }`,
      { input: { communityId, title: 'Free up storage in two minutes', body: 'Open Settings, then Storage.' } },
      author.token,
    );
    const fans = await Promise.all(Array.from({ length: 22 }, () => api.signUp()));
    for (const fan of fans) await api.ok(`mutation($id: ID!) { markTipHelpful(tipId: $id) { helpfulCount } }`, { id: writeUserTip.id }, fan.token);
    expect(await reputationOf(api, author.id)).toBe(4_000 + 200);
  });

  it('shows the points history to its owner and staff only', async () => {
    const [owner, stranger] = [await api.signUp(), await api.signUp()];
    await askQuestion(api, owner, communityId);
    const history = `query($id: ID!) { user(id: $id) { reputationHistory(first: 5) { edges { node { amount reason } } } } }`;
    const own = await api.ok(history, { id: owner.id }, owner.token);
    expect(own.user.reputationHistory.edges).toEqual([{ node: { amount: 4, reason: 'FIRST_QUESTION' } }]);
    expect((await api.ok(history, { id: owner.id }, moderator.token)).user.reputationHistory.edges).toHaveLength(1);
    expect(errorCode(await api.gql(history, { id: owner.id }, stranger.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(history, { id: owner.id }))).toBe('FORBIDDEN');
  });
});

describe('the daily limit on points from votes', () => {
  let api: TestApp;
  beforeAll(async () => (api = await TestApp.start({ pointsRules: { dailyCapFromVotes: 20 } })));
  afterAll(() => api.close());

  it('stops paying for helpful marks past the day\'s limit and takes back only what each mark gave', async () => {
    const communityId = await api.createCommunity();
    const [asker, answerer] = [await api.signUp(), await api.signUp()];
    const answerId = await postAnswer(api, answerer, await askQuestion(api, asker, communityId));
    const voters = await Promise.all(Array.from({ length: 5 }, () => api.signUp()));
    for (const voter of voters) await api.ok(MARK_HELPFUL, { id: answerId }, voter.token);
    expect(await reputationOf(api, answerer.id)).toBe(8 + 20);

    await api.ok(UNMARK_HELPFUL, { id: answerId }, voters[4].token);
    expect(await reputationOf(api, answerer.id)).toBe(8 + 20);
    await api.ok(UNMARK_HELPFUL, { id: answerId }, voters[3].token);
    expect(await reputationOf(api, answerer.id)).toBe(8 + 18);
    expect((await api.app.get(ReputationVerifier).verify()).differences).toEqual([]);
  });

  it('records a mark past the limit in a community where the author has no points yet, and counts them there as 0', async () => {
    const [asker, answerer] = [await api.signUp(), await api.signUp()];
    const voters = await Promise.all(Array.from({ length: 4 }, () => api.signUp()));
    const firstAnswer = await postAnswer(api, answerer, await askQuestion(api, asker, await api.createCommunity()));
    for (const voter of voters) await api.ok(MARK_HELPFUL, { id: firstAnswer }, voter.token);
    // The answerer posts in a second community after the day's limit: first answers earn nothing there
    // once they have one, so the mark past the limit is their only ledger row in it, worth 0.
    const elsewhere = await api.createCommunity();
    const capped = await postAnswer(api, answerer, await askQuestion(api, asker, elsewhere));
    await api.ok(MARK_HELPFUL, { id: capped }, voters[0].token);
    const [row] = await api.dataSource.query('SELECT count(*)::int AS rows, COALESCE(sum(amount), 0)::int AS points FROM reputation_events WHERE user_id = $1 AND community_id = $2', [
      answerer.id,
      elsewhere,
    ]);
    expect(row).toEqual({ rows: 1, points: 0 });
    expect((await api.app.get(ReputationVerifier).verify()).differences).toEqual([]);
  });
});

describe('the limits on points from votes, with marks arriving at once', () => {
  let api: TestApp;
  let communityId: string;
  beforeAll(async () => {
    api = await TestApp.start({ pointsRules: { maxRewardedHelpfulMarksPerAnswer: 3, dailyCapFromVotes: 40 } });
    communityId = await api.createCommunity();
  });
  afterAll(() => api.close());
  afterEach(async () => expect((await api.app.get(ReputationVerifier).verify()).differences).toEqual([]));

  /** `voters` mark `answerIds` (in turn) all at once. */
  const markAtOnce = async (answerIds: string[], voters: TestUser[]) => {
    const results = await Promise.all(voters.map((voter, i) => api.gql(MARK_HELPFUL, { id: answerIds[i % answerIds.length] }, voter.token)));
    expect(results.filter((result) => result.errors)).toEqual([]);
  };

  it('pays for no more than 3 marks on one answer when 8 arrive together', async () => {
    const [asker, answerer] = [await api.signUp(), await api.signUp()];
    const answerId = await postAnswer(api, answerer, await askQuestion(api, asker, communityId));
    const before = await reputationOf(api, answerer.id);
    await markAtOnce([answerId], await Promise.all(Array.from({ length: 8 }, () => api.signUp())));
    expect(await reputationOf(api, answerer.id)).toBe(before + 3 * 6);
    const [ledger] = await api.dataSource.query(
      `SELECT count(*)::int AS grants, sum(amount)::int AS points FROM reputation_events WHERE user_id = $1 AND cap_group = $2`,
      [answerer.id, `helpful:${answerId}`],
    );
    expect(ledger).toEqual({ grants: 8, points: 18 });
  });

  it("pays no more than the day's limit when marks on several answers arrive together", async () => {
    const [asker, answerer] = [await api.signUp(), await api.signUp()];
    const questionId = await askQuestion(api, asker, communityId);
    const answerIds = [];
    for (let i = 0; i < 4; i++) answerIds.push(await postAnswer(api, answerer, questionId, `Answer number ${i}`));
    const before = await reputationOf(api, answerer.id);
    // 12 marks, 3 on each answer: 72 points within the per-answer limit, 40 within the day's.
    await markAtOnce(answerIds, await Promise.all(Array.from({ length: 12 }, () => api.signUp())));
    expect(await reputationOf(api, answerer.id)).toBe(before + 40);
    expect(await ledgerSum(api, answerer.id)).toBe(before + 40);
  });
});
