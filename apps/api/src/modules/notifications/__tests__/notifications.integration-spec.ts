import { ModerationOutcome } from '@agora/shared';
import { ACCEPT, askQuestion, MARK_HELPFUL, postAnswer } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';
import { NotificationsService } from '../notifications.service';

const INBOX = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id type actorCount actor { displayName } question { id } answer { id } badge { id } level moderationOutcome moderationNote readAt } }
  }
  unreadNotificationCount
}`;
const MARK_READ = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;
const MARK_ALL_READ = `mutation { markAllNotificationsRead }`;
const FOLLOW_QUESTION = `mutation($id: ID!) { followQuestion(questionId: $id) { id viewerFollows } }`;
const UNFOLLOW_QUESTION = `mutation($id: ID!) { unfollowQuestion(questionId: $id) { id viewerFollows } }`;
const FOLLOW_COMMUNITY = `mutation($id: ID!) { followCommunity(communityId: $id) { id viewerFollows } }`;
const UNFOLLOW_COMMUNITY = `mutation($id: ID!) { unfollowCommunity(communityId: $id) { id viewerFollows } }`;

interface InboxNode {
  id: string;
  type: string;
  actorCount: number;
  actor: { displayName: string } | null;
  question: { id: string } | null;
  answer: { id: string } | null;
  badge: { id: string } | null;
  level: number | null;
  moderationOutcome: string | null;
  moderationNote: string | null;
  readAt: string | null;
}

describe('notifications and follows', () => {
  let api: TestApp;
  let communityId: string;
  let asker: TestUser;
  let answerer: TestUser;
  let follower: TestUser;

  const inbox = async (user: TestUser, variables: Record<string, unknown> = {}) => {
    const data = await api.ok(INBOX, variables, user.token);
    return { nodes: data.notifications.edges.map((edge: { node: InboxNode }) => edge.node) as InboxNode[], unread: data.unreadNotificationCount as number, page: data.notifications };
  };
  const ofType = async (user: TestUser, type: string) => (await inbox(user)).nodes.filter((node) => node.type === type);

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    [asker, answerer, follower] = await Promise.all([api.signUp('Ada Lovelace'), api.signUp('Grace'), api.signUp('Follower')]);
  });
  afterAll(() => api.close());

  it('tells the asker about each answer, and followers (not the asker, not the author) about replies', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    expect((await api.ok(FOLLOW_QUESTION, { id: questionId }, follower.token)).followQuestion.viewerFollows).toBe(true);
    const first = await postAnswer(api, answerer, questionId);

    expect(await ofType(asker, 'NEW_ANSWER')).toEqual([expect.objectContaining({ actorCount: 1, actor: { displayName: 'Grace' }, question: { id: questionId }, answer: { id: first } })]);
    expect(await ofType(asker, 'THREAD_REPLY')).toEqual([]);
    expect(await ofType(answerer, 'THREAD_REPLY')).toEqual([]);
    expect(await ofType(follower, 'THREAD_REPLY')).toEqual([expect.objectContaining({ question: { id: questionId }, answer: { id: first } })]);

    // The answerer now follows the thread: the follower's own answer reaches them as a reply.
    const second = await postAnswer(api, follower, questionId);
    expect(await ofType(answerer, 'THREAD_REPLY')).toEqual([expect.objectContaining({ answer: { id: second }, actor: { displayName: 'Follower' } })]);
    expect(await ofType(asker, 'NEW_ANSWER')).toEqual([expect.objectContaining({ actorCount: 2, answer: { id: second } })]);

    await api.ok(UNFOLLOW_QUESTION, { id: questionId }, follower.token);
    await postAnswer(api, answerer, questionId, 'One more idea.');
    expect(await ofType(follower, 'THREAD_REPLY')).toEqual([expect.objectContaining({ answer: { id: first } })]);
  });

  it('groups a burst of helpful marks into one notification counting each person once', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    const voters = await Promise.all(Array.from({ length: 12 }, (_, i) => api.signUp(`Voter ${i}`)));

    await Promise.all(voters.map((voter) => api.ok(MARK_HELPFUL, { id: answerId }, voter.token)));
    await api.ok(`mutation($id: ID!) { unmarkHelpful(answerId: $id) { id } }`, { id: answerId }, voters[0].token);
    await api.ok(MARK_HELPFUL, { id: answerId }, voters[0].token);

    const helpful = await ofType(answerer, 'ANSWER_HELPFUL');
    expect(helpful).toEqual([expect.objectContaining({ actorCount: 12, actor: { displayName: 'Voter 0' }, answer: { id: answerId } })]);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND type = 'ANSWER_HELPFUL'`, [answerer.id]);
    expect(count).toBe(1);

    // Once read, the next mark starts a new notification.
    await api.ok(MARK_READ, { id: helpful[0].id }, answerer.token);
    const late = await api.signUp('Late voter');
    await api.ok(MARK_HELPFUL, { id: answerId }, late.token);
    const after = await ofType(answerer, 'ANSWER_HELPFUL');
    expect(after.map((node) => [node.actorCount, node.readAt === null])).toEqual([
      [1, true],
      [12, false],
    ]);
  });

  it('tells the answerer when their answer is accepted or recommended', async () => {
    const moderator = await api.signUp('Moderator');
    await api.setRole(moderator.id, 'MODERATOR');
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);

    await api.ok(ACCEPT, { id: answerId }, asker.token);
    await api.ok(`mutation($id: ID!) { recommendAnswer(answerId: $id) { id } }`, { id: answerId }, moderator.token);

    expect(await ofType(answerer, 'ANSWER_ACCEPTED')).toContainEqual(expect.objectContaining({ answer: { id: answerId }, actor: { displayName: 'Ada Lovelace' } }));
    expect(await ofType(answerer, 'ANSWER_RECOMMENDED')).toContainEqual(expect.objectContaining({ answer: { id: answerId }, actor: { displayName: 'Moderator' } }));
  });

  it('notifies people @mentioned by display name, but not the writer', async () => {
    const questionId = await askQuestion(api, asker, communityId, { body: 'Maybe @Grace knows? (signed, @"Ada Lovelace")' });
    expect(await ofType(answerer, 'MENTION')).toContainEqual(expect.objectContaining({ question: { id: questionId }, answer: null, actor: { displayName: 'Ada Lovelace' } }));
    expect(await ofType(asker, 'MENTION')).toEqual([]);

    const answerId = await postAnswer(api, answerer, questionId, 'Thanks @"ada lovelace", try this.');
    expect(await ofType(asker, 'MENTION')).toEqual([expect.objectContaining({ answer: { id: answerId } })]);
  });

  it('announces badges and levels as they are earned', async () => {
    const newcomer = await api.signUp('Newcomer');
    await askQuestion(api, newcomer, communityId);
    expect((await ofType(newcomer, 'BADGE_EARNED')).map((node) => node.badge?.id)).toContain('FIRST_QUESTION');

    await api.importReputation(newcomer.id, 200);
    expect((await ofType(newcomer, 'LEVEL_REACHED')).map((node) => node.level)).toEqual([2]);
  });

  it('records a moderation outcome about a member, for the moderation feature to call', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    await api.dataSource.transaction((manager) =>
      api.app.get(NotificationsService).notifyModerationOutcome(manager, asker.id, { outcome: ModerationOutcome.POST_REMOVED, questionId, note: 'Off topic' }),
    );
    expect(await ofType(asker, 'MODERATION_OUTCOME')).toEqual([
      expect.objectContaining({ moderationOutcome: 'POST_REMOVED', moderationNote: 'Off topic', question: { id: questionId }, actorCount: 0 }),
    ]);
  });

  it('tells community followers about new questions', async () => {
    const { followCommunity } = await api.ok(FOLLOW_COMMUNITY, { id: communityId }, follower.token);
    expect(followCommunity.viewerFollows).toBe(true);
    const questionId = await askQuestion(api, asker, communityId);
    expect(await ofType(follower, 'NEW_QUESTION')).toContainEqual(expect.objectContaining({ question: { id: questionId } }));
    expect((await api.ok(UNFOLLOW_COMMUNITY, { id: communityId }, follower.token)).unfollowCommunity.viewerFollows).toBe(false);
    const { question } = await api.ok(`query($id: ID!) { question(id: $id) { viewerFollows } }`, { id: questionId }, asker.token);
    expect(question.viewerFollows).toBe(true);
  });

  it('pages the inbox, marks one or all read, and keeps each inbox private', async () => {
    const reader = await api.signUp('Reader');
    for (let i = 0; i < 3; i++) await postAnswer(api, answerer, await askQuestion(api, reader, communityId));
    const firstPage = await inbox(reader, { first: 2 });
    expect(firstPage.unread).toBe(firstPage.page.totalCount);
    expect(firstPage.page.pageInfo.hasNextPage).toBe(true);
    const secondPage = await inbox(reader, { first: 2, after: firstPage.page.pageInfo.endCursor });
    expect(new Set([...firstPage.nodes, ...secondPage.nodes].map((node) => node.id)).size).toBe(firstPage.nodes.length + secondPage.nodes.length);

    expect(errorCode(await api.gql(MARK_READ, { id: firstPage.nodes[0].id }, asker.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(INBOX, {}))).toBe('UNAUTHENTICATED');
    await api.ok(MARK_READ, { id: firstPage.nodes[0].id }, reader.token);
    expect((await inbox(reader)).unread).toBe(firstPage.unread - 1);

    const { markAllNotificationsRead } = await api.ok(MARK_ALL_READ, {}, reader.token);
    expect(markAllNotificationsRead).toBe(firstPage.unread - 1);
    expect((await inbox(reader, { unreadOnly: true })).nodes).toEqual([]);
  });
});
