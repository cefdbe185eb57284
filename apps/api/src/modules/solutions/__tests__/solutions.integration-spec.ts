import { ACCEPT, askQuestion, ledgerSum, postAnswer, reputationOf } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';

const QUESTION = `query($id: ID!) { question(id: $id) { isSolved solution { id } answers { id isSolution } viewerCanAcceptSolution } }`;

describe('accepting a solution', () => {
  let api: TestApp;
  let asker: TestUser;
  let first: TestUser;
  let second: TestUser;
  let communityId: string;

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    [asker, first, second] = await Promise.all([api.signUp('Asker'), api.signUp('First'), api.signUp('Second')]);
  });
  afterAll(() => api.close());

  it('gives the answerer 15 points and shows the solution first', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const older = await postAnswer(api, second, questionId, 'An older answer');
    const chosen = await postAnswer(api, first, questionId, 'The fix');
    const before = await reputationOf(api, first.id);

    const { acceptSolution } = await api.ok(ACCEPT, { id: chosen }, asker.token);

    expect(acceptSolution).toEqual({ id: questionId, isSolved: true, solution: { id: chosen } });
    const { question } = await api.ok(QUESTION, { id: questionId }, asker.token);
    expect(question.answers.map((a: { id: string }) => a.id)).toEqual([chosen, older]);
    expect(question.answers[0].isSolution).toBe(true);
    expect(question.viewerCanAcceptSolution).toBe(true);
    expect(await reputationOf(api, first.id)).toBe(before + 15);
  });

  it('moves the solution and its points when the asker accepts another answer', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const a = await postAnswer(api, first, questionId);
    const b = await postAnswer(api, second, questionId);
    const [firstBefore, secondBefore] = [await reputationOf(api, first.id), await reputationOf(api, second.id)];

    await api.ok(ACCEPT, { id: a }, asker.token);
    await api.ok(ACCEPT, { id: b }, asker.token);
    await api.ok(ACCEPT, { id: b }, asker.token);

    expect(await reputationOf(api, first.id)).toBe(firstBefore);
    expect(await reputationOf(api, second.id)).toBe(secondBefore + 15);
    for (const user of [first, second]) expect(await reputationOf(api, user.id)).toBe(await ledgerSum(api, user.id));
    const { question } = await api.ok(QUESTION, { id: questionId });
    expect(question.solution).toEqual({ id: b });
  });

  it('keeps one solution and one payment when two answers are accepted at the same moment', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const a = await postAnswer(api, first, questionId);
    const b = await postAnswer(api, second, questionId);
    const total = async () => (await reputationOf(api, first.id)) + (await reputationOf(api, second.id));
    const before = await total();

    await Promise.all([api.ok(ACCEPT, { id: a }, asker.token), api.ok(ACCEPT, { id: b }, asker.token)]);

    expect(await total()).toBe(before + 15);
  });

  it('lets only the asker or staff choose, and never the answerer on their own answer', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, first, questionId);
    expect(errorCode(await api.gql(ACCEPT, { id: answerId }, second.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(ACCEPT, { id: answerId }, first.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(ACCEPT, { id: answerId }))).toBe('UNAUTHENTICATED');

    const moderator = await api.signUp('Moderator');
    await api.setRole(moderator.id, 'MODERATOR');
    const { acceptSolution } = await api.ok(ACCEPT, { id: answerId }, moderator.token);
    expect(acceptSolution.isSolved).toBe(true);
  });

  it('does not let an asker accept their own answer, but lets staff accept theirs without points', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const own = await postAnswer(api, asker, questionId, 'Found it myself');
    expect(errorCode(await api.gql(ACCEPT, { id: own }, asker.token))).toBe('FORBIDDEN');

    const moderator = await api.signUp('Staff answerer');
    await api.setRole(moderator.id, 'MODERATOR');
    const staffQuestion = await askQuestion(api, moderator, communityId);
    const staffAnswer = await postAnswer(api, moderator, staffQuestion);
    const before = await reputationOf(api, moderator.id);
    await api.ok(ACCEPT, { id: staffAnswer }, moderator.token);
    expect(await reputationOf(api, moderator.id)).toBe(before);
  });

  it('takes the points back when the solution is unmarked', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, first, questionId);
    const before = await reputationOf(api, first.id);
    await api.ok(ACCEPT, { id: answerId }, asker.token);
    const { unacceptSolution } = await api.ok(`mutation($id: ID!) { unacceptSolution(questionId: $id) { isSolved } }`, { id: questionId }, asker.token);
    expect(unacceptSolution.isSolved).toBe(false);
    expect(await reputationOf(api, first.id)).toBe(before);
  });
});
