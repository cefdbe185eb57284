import { askQuestion, postAnswer } from '../../../testing/fixtures';
import { TestApp, TestUser } from '../../../testing/test-app';
import { member, MY_ACTIONS, staff } from './moderation-fixtures';

const INBOX = `{ notifications(first: 20) { edges { node { type moderationOutcome moderationNote question { id } answer { id } } } } }`;
const REMOVE_ANSWER = `mutation($id: ID!) { removePost(input: { answerId: $id, reason: ABUSE, note: "Insults another member" }) { __typename } }`;
const APPEAL = `mutation($id: ID!) { appealModerationAction(input: { actionId: $id, message: "I was quoting the other member." }) { id } }`;
const RESOLVE = `mutation($id: ID!) { resolveAppeal(input: { appealId: $id, grant: true, response: "Fair enough" }) { id } }`;

describe('what a member is told about moderation', () => {
  let api: TestApp;
  let moderator: TestUser;
  let asker: TestUser;
  let author: TestUser;
  let communityId: string;

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    moderator = await staff(api, 'Moderator');
    asker = await member(api, 'Asker');
    author = await member(api, 'Author');
  });
  afterAll(() => api.close());

  async function moderationNotices(user: TestUser) {
    const { notifications } = await api.ok(INBOX, {}, user.token);
    return notifications.edges.map((edge: { node: Record<string, unknown> }) => edge.node).filter((node: { type: string }) => node.type === 'MODERATION_OUTCOME');
  }

  it('tells the author of a removed answer why, and again when an appeal restores it', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, author, questionId, 'You are all clueless.');
    await api.ok(REMOVE_ANSWER, { id: answerId }, moderator.token);

    expect(await moderationNotices(author)).toEqual([
      { type: 'MODERATION_OUTCOME', moderationOutcome: 'POST_REMOVED', moderationNote: 'Insults another member', question: { id: questionId }, answer: { id: answerId } },
    ]);
    expect(await moderationNotices(asker)).toEqual([]);

    const [removal] = (await api.ok(MY_ACTIONS, {}, author.token)).myModerationActions;
    const { appealModerationAction } = await api.ok(APPEAL, { id: removal.id }, author.token);
    await api.ok(RESOLVE, { id: appealModerationAction.id }, moderator.token);
    const outcomes = (await moderationNotices(author)).map((notice: { moderationOutcome: string }) => notice.moderationOutcome);
    expect(outcomes).toEqual(expect.arrayContaining(['POST_REMOVED', 'POST_RESTORED', 'APPEAL_GRANTED']));
  });

  it('tells a suspended member the reason, and lets them keep their inbox read', async () => {
    const suspended = await member(api, 'Suspended');
    const until = new Date(Date.now() + 86_400_000).toISOString();
    await api.ok(
      `mutation($id: ID!, $until: DateTime!) { suspendUser(input: { userId: $id, until: $until, reason: "Spam links" }) { id } }`,
      { id: suspended.id, until },
      moderator.token,
    );
    expect(await moderationNotices(suspended)).toEqual([expect.objectContaining({ moderationOutcome: 'SUSPENDED', moderationNote: 'Spam links' })]);
    expect((await api.ok(`mutation { markAllNotificationsRead }`, {}, suspended.token)).markAllNotificationsRead).toBe(1);
  });
});
