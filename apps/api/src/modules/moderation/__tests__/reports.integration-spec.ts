import { askQuestion, postAnswer, reputationOf } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';
import { member, MY_ACTIONS, QUESTION_STATE, queueItems, reportPost, staff } from './moderation-fixtures';

const LIST = `query($communityId: ID) { questions(communityId: $communityId) { edges { node { id } } } }`;
const SEARCH = `query($query: String!) { search(query: $query) { edges { node { question { id } } } } }`;

describe('reports', () => {
  let api: TestApp;
  let communityId: string;
  let author: TestUser;
  let reporters: TestUser[];
  let moderator: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    author = await member(api, 'Author');
    reporters = [await member(api, 'Reporter A', 200), await member(api, 'Reporter B', 200), await member(api, 'Reporter C', 200)];
    moderator = await staff(api, 'Moderator');
  });
  afterAll(() => api.close());

  const listed = async (viewer?: TestUser) =>
    (await api.ok(LIST, { communityId }, viewer?.token)).questions.edges.map((e: { node: { id: string } }) => e.node.id);

  it('hides a post reported by three distinct members at once, for everyone but its author and staff, without moving points', async () => {
    const questionId = await askQuestion(api, author, communityId, { title: 'Zanzibar keyboard stops typing', body: 'It stops.' });
    const answerer = await member(api, 'Answerer');
    await postAnswer(api, answerer, questionId);
    const before = await reputationOf(api, author.id);

    await reportPost(api, reporters[0], { questionId }, 'ABUSIVE');
    await reportPost(api, reporters[1], { questionId }, 'SPAM');
    expect((await api.ok(QUESTION_STATE, { id: questionId })).question.moderationState).toBe('VISIBLE');
    expect(await listed()).toContain(questionId);

    await reportPost(api, reporters[2], { questionId }, 'OFF_TOPIC');

    const placeholder = `query($id: ID!) { question(id: $id) { id title body bodyHtml tags moderationState moderationReason answers { id } } }`;
    const hidden = { id: questionId, title: '', body: '', bodyHtml: '', tags: [], moderationState: 'HIDDEN', moderationReason: null, answers: [] };
    expect((await api.ok(placeholder, { id: questionId }, reporters[0].token)).question).toEqual(hidden);
    expect((await api.ok(placeholder, { id: questionId })).question).toEqual(hidden);
    expect(await listed()).not.toContain(questionId);
    expect((await api.ok(SEARCH, { query: 'zanzibar' })).search.edges).toEqual([]);
    const { question: seenByAuthor } = await api.ok(QUESTION_STATE, { id: questionId }, author.token);
    expect(seenByAuthor).toMatchObject({ moderationState: 'HIDDEN', moderationReason: 'REPORTED' });
    expect((await api.ok(QUESTION_STATE, { id: questionId }, moderator.token)).question.moderationReason).toBe('REPORTED');
    expect(await reputationOf(api, author.id)).toBe(before);

    const { myModerationActions } = await api.ok(MY_ACTIONS, {}, author.token);
    expect(myModerationActions[0]).toMatchObject({ action: 'AUTO_HIDE_POST', reason: 'REPORTED', canAppeal: true, question: { id: questionId } });

    const [item] = (await queueItems(api, moderator)).filter((i: { targetId: string }) => i.targetId === questionId);
    expect(item).toMatchObject({
      kind: 'AUTO_HIDDEN',
      targetType: 'QUESTION',
      question: { id: questionId },
      author: { id: author.id },
      authorLevel: 1,
    });
    expect(item.reports.map((r: { reporter: { id: string } }) => r.reporter.id)).toEqual(reporters.map((r) => r.id));
    expect(item.reasons.sort()).toEqual(['ABUSIVE', 'OFF_TOPIC', 'SPAM']);
    expect(item.authorHistory.map((h: { action: string }) => h.action)).toContain('AUTO_HIDE_POST');
  });

  it('publishes the post again and empties its queue item when a moderator approves it', async () => {
    const questionId = await askQuestion(api, author, communityId);
    for (const reporter of reporters) await reportPost(api, reporter, { questionId });

    const { approvePost } = await api.ok(
      `mutation($id: ID) { approvePost(input: { questionId: $id, note: "Fine as it is" }) { ... on Question { moderationState } } }`,
      { id: questionId },
      moderator.token,
    );

    expect(approvePost.moderationState).toBe('VISIBLE');
    expect(await listed()).toContain(questionId);
    expect((await queueItems(api, moderator)).map((i: { targetId: string }) => i.targetId)).not.toContain(questionId);
  });

  it('hides an answer on its own, leaving the thread up and a placeholder without its text for members', async () => {
    const questionId = await askQuestion(api, author, communityId);
    const answerer = await member(api, 'Rude answerer');
    const answerId = await postAnswer(api, answerer, questionId, 'Something rude');
    for (const reporter of reporters) await reportPost(api, reporter, { answerId });

    const placeholder = `query($id: ID!) { question(id: $id) { answers { id moderationState moderationReason body bodyHtml viewerCanMarkHelpful } } }`;
    const { question } = await api.ok(placeholder, { id: questionId }, author.token);
    expect(question.answers).toEqual([
      { id: answerId, moderationState: 'HIDDEN', moderationReason: null, body: '', bodyHtml: '', viewerCanMarkHelpful: false },
    ]);
    expect(errorCode(await api.gql(`mutation($id: ID!) { markHelpful(answerId: $id) { id } }`, { id: answerId }, author.token))).toBe('FORBIDDEN');
    const { question: asAnswerer } = await api.ok(QUESTION_STATE, { id: questionId }, answerer.token);
    expect(asAnswerer.answers).toEqual([{ id: answerId, moderationState: 'HIDDEN' }]);
    const [item] = (await queueItems(api, moderator, { targetType: 'ANSWER' })).filter((i: { targetId: string }) => i.targetId === answerId);
    expect(item).toMatchObject({ kind: 'AUTO_HIDDEN', answer: { id: answerId }, question: { id: questionId } });
  });

  it('takes one report per member and target', async () => {
    const questionId = await askQuestion(api, author, communityId);
    expect((await reportPost(api, reporters[0], { questionId })).errors).toBeUndefined();
    const again = await reportPost(api, reporters[0], { questionId }, 'SPAM');
    expect(errorCode(again)).toBe('FORBIDDEN');
    expect(again.errors?.[0].message).toMatch(/already reported/);
  });

  it('lets level 1 members report spam only, and nobody report their own posts', async () => {
    const questionId = await askQuestion(api, author, communityId);
    const newcomer = await member(api, 'Newcomer');
    const refused = await reportPost(api, newcomer, { questionId }, 'ABUSIVE');
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/level 2/);
    expect((await reportPost(api, newcomer, { questionId }, 'SPAM')).errors).toBeUndefined();
    expect(errorCode(await reportPost(api, author, { questionId }, 'SPAM'))).toBe('FORBIDDEN');
  });

  it('needs the original for a duplicate and a note for "other"', async () => {
    const original = await askQuestion(api, author, communityId);
    const duplicate = await askQuestion(api, reporters[1], communityId);
    const noOriginal = await api.gql(
      `mutation($input: ReportInput!) { submitReport(input: $input) { id } }`,
      { input: { questionId: duplicate, reason: 'DUPLICATE' } },
      reporters[0].token,
    );
    expect(errorCode(noOriginal)).toBe('BAD_USER_INPUT');
    const noNote = await api.gql(
      `mutation($input: ReportInput!) { submitReport(input: $input) { id } }`,
      { input: { questionId: duplicate, reason: 'OTHER' } },
      reporters[0].token,
    );
    expect(errorCode(noNote)).toBe('BAD_USER_INPUT');

    await api.ok(
      `mutation($input: ReportInput!) { submitReport(input: $input) { id } }`,
      { input: { questionId: duplicate, reason: 'DUPLICATE', duplicateOfId: original } },
      reporters[0].token,
    );
    const [item] = (await queueItems(api, moderator)).filter((i: { targetId: string }) => i.targetId === duplicate);
    expect(item.kind).toBe('REPORTED');
    expect(item.reports[0]).toMatchObject({ reason: 'DUPLICATE', duplicateOf: { id: original } });
  });

  it('queues reports about a member, which a moderator can dismiss', async () => {
    const troll = await member(api, 'Troll');
    await api.ok(
      `mutation($input: ReportInput!) { submitReport(input: $input) { id } }`,
      { input: { userId: troll.id, reason: 'OTHER', note: 'Insults everyone' } },
      reporters[0].token,
    );
    const [item] = (await queueItems(api, moderator, { targetType: 'USER' })).filter((i: { targetId: string }) => i.targetId === troll.id);
    expect(item).toMatchObject({ kind: 'REPORTED', author: { id: troll.id }, reports: [{ reason: 'OTHER', note: 'Insults everyone' }] });

    await api.ok(`mutation($id: ID!) { dismissUserReports(input: { userId: $id }) { id } }`, { id: troll.id }, moderator.token);
    expect((await queueItems(api, moderator, { targetType: 'USER' })).map((i: { targetId: string }) => i.targetId)).not.toContain(troll.id);
  });
});
