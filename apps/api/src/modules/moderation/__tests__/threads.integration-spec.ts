import { askQuestion, ledgerSum, POST_ANSWER, postAnswer, reputationOf } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';
import { ReputationVerifier } from '../../reputation/reputation-verifier';
import { member, MY_ACTIONS, QUESTION_STATE, staff } from './moderation-fixtures';

const ME_TOO = `mutation($id: ID!) { addMeToo(questionId: $id) { meTooCount } }`;
const MERGE = `mutation($from: ID!, $into: ID!) { mergeQuestion(input: { questionId: $from, intoQuestionId: $into, note: "Same problem" }) { id mergedInto { id } } }`;
const LIST = `query($communityId: ID, $first: Int, $after: String) { questions(communityId: $communityId, first: $first, after: $after) { edges { node { id isPinned } } pageInfo { endCursor } } }`;
const SEARCH = `query($query: String!) { search(query: $query) { edges { node { question { id } } } } }`;

describe('thread actions', () => {
  let api: TestApp;
  let communityId: string;
  let moderator: TestUser;
  let asker: TestUser;
  let answerer: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    moderator = await staff(api, 'Moderator');
    asker = await member(api, 'Asker');
    answerer = await member(api, 'Answerer');
  });
  afterAll(() => api.close());

  it('takes no new answers in a locked thread, except from staff, until unlocked', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    await api.ok(`mutation($id: ID!) { lockThread(questionId: $id) { isLocked } }`, { id: questionId }, moderator.token);

    const refused = await api.gql(POST_ANSWER, { input: { questionId, body: 'Late answer' } }, answerer.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/locked/);
    expect((await api.gql(POST_ANSWER, { input: { questionId, body: 'Staff note' } }, moderator.token)).errors).toBeUndefined();
    expect((await api.ok(QUESTION_STATE, { id: questionId })).question.isLocked).toBe(true);

    await api.ok(`mutation($id: ID!) { unlockThread(questionId: $id) { isLocked } }`, { id: questionId }, moderator.token);
    expect((await api.gql(POST_ANSWER, { input: { questionId, body: 'Now it works' } }, answerer.token)).errors).toBeUndefined();
  });

  it('lists pinned questions first in their community, across pages', async () => {
    const community = await api.createCommunity();
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await askQuestion(api, asker, community));
    await api.ok(`mutation($id: ID!) { pinQuestion(questionId: $id) { isPinned } }`, { id: ids[1] }, moderator.token);

    const first = (await api.ok(LIST, { communityId: community, first: 2 })).questions;
    const second = (await api.ok(LIST, { communityId: community, first: 2, after: first.pageInfo.endCursor })).questions;
    const order = [...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(order).toEqual([ids[1], ids[3], ids[2], ids[0]]);
    expect(first.edges[0].node.isPinned).toBe(true);
  });

  it('moves a thread to another community', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const elsewhere = await api.createCommunity();
    await api.ok(
      `mutation($id: ID!, $to: ID!) { moveQuestion(input: { questionId: $id, communityId: $to }) { id } }`,
      { id: questionId, to: elsewhere },
      moderator.token,
    );
    const { question } = await api.ok(`query($id: ID!) { question(id: $id) { community { id } } }`, { id: questionId });
    expect(question.community.id).toBe(elsewhere);
  });

  it('merges a duplicate: every answer and the total of "me too"s move over, the old question redirects, the asker is told', async () => {
    const originalAsker = await member(api, 'Original asker');
    const original = await askQuestion(api, originalAsker, communityId, { title: 'Screen goes black on calls', body: 'During calls.' });
    const duplicate = await askQuestion(api, asker, communityId, { title: 'Display turns off in calls', body: 'Quokka screen issue.' });
    const [a1, a2] = [
      await postAnswer(api, answerer, original, 'Clean the sensor'),
      await postAnswer(api, answerer, duplicate, 'Remove the quokka case'),
    ];
    const a3 = await postAnswer(api, moderator, duplicate, 'Try safe mode');
    const both = await member(api, 'Both');
    const onlyDuplicate = await member(api, 'Only duplicate');
    const onlyOriginal = await member(api, 'Only original');
    for (const [user, id] of [
      [both, original],
      [both, duplicate],
      [onlyDuplicate, duplicate],
      [onlyOriginal, original],
      [originalAsker, duplicate],
    ] as const) {
      await api.ok(ME_TOO, { id }, user.token);
    }

    const { mergeQuestion } = await api.ok(MERGE, { from: duplicate, into: original }, moderator.token);

    expect(mergeQuestion).toEqual({ id: duplicate, mergedInto: { id: original } });
    const { question } = await api.ok(QUESTION_STATE, { id: original });
    expect(question.answers.map((a: { id: string }) => a.id).sort()).toEqual([a1, a2, a3].sort());
    expect(question.answerCount).toBe(3);
    // both, onlyDuplicate and onlyOriginal: the original's asker cannot "me too" their own question.
    expect(question.meTooCount).toBe(3);
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM question_me_toos WHERE question_id = $1', [original]);
    expect(count).toBe(3);
    expect((await api.ok(QUESTION_STATE, { id: duplicate })).question).toMatchObject({ mergedInto: { id: original }, answers: [], meTooCount: 0 });
    expect((await api.ok(SEARCH, { query: 'quokka' })).search.edges.map((e: { node: { question: { id: string } } }) => e.node.question.id)).toEqual([
      original,
    ]);
    const { myModerationActions } = await api.ok(MY_ACTIONS, {}, asker.token);
    expect(myModerationActions[0]).toMatchObject({ action: 'MERGE_QUESTION', note: 'Same problem', question: { id: duplicate } });

    for (const user of [asker, originalAsker]) expect(await reputationOf(api, user.id)).toBe(await ledgerSum(api, user.id));
    const report = await api.app.get(ReputationVerifier).verify();
    expect(report.differences).toEqual([]);
    expect(errorCode(await api.gql(POST_ANSWER, { input: { questionId: duplicate, body: 'Too late' } }, answerer.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(MERGE, { from: duplicate, into: original }, moderator.token))).toBe('FORBIDDEN');
  });
});
