import { ACCEPT, askQuestion, MARK_HELPFUL, postAnswer, reputationOf } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';
import { ReputationVerifier } from '../../reputation/reputation-verifier';
import { member, MY_ACTIONS, staff } from './moderation-fixtures';

const AUDIT = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action targetType targetId reason note before after createdAt actor { id } subjectUser { id } } }
  }
}`;
const REMOVE = `mutation($id: ID, $reason: RemovalReason!) { removePost(input: { answerId: $id, reason: $reason, note: "Advertising" }) { __typename } }`;
const RESTORE = `mutation($id: ID) { restorePost(answerId: $id) { __typename } }`;

describe('audit log and points', () => {
  let api: TestApp;
  let communityId: string;
  let moderator: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    moderator = await staff(api, 'Moderator');
    admin = await staff(api, 'Admin', 'ADMIN');
  });
  afterAll(() => api.close());

  async function busyThread() {
    const asker = await member(api, 'Asker');
    const answerer = await member(api, 'Answerer');
    const voters = [await member(api, 'Voter 1'), await member(api, 'Voter 2')];
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    for (const voter of voters) await api.ok(MARK_HELPFUL, { id: answerId }, voter.token);
    await api.ok(ACCEPT, { id: answerId }, asker.token);
    await api.ok(`mutation($id: ID!) { recommendAnswer(answerId: $id) { id } }`, { id: answerId }, moderator.token);
    const everyone = [asker, answerer, ...voters, moderator];
    const reputations = async () => Promise.all(everyone.map((user) => reputationOf(api, user.id)));
    return { questionId, answerId, answerer, asker, reputations };
  }

  it.each(['SPAM', 'OFF_TOPIC'])('leaves every reputation as it was after removing (%s) then restoring', async (reason) => {
    const { answerId, answerer, reputations } = await busyThread();
    const before = await reputations();

    await api.ok(REMOVE, { id: answerId, reason }, moderator.token);
    expect(await reputationOf(api, answerer.id)).toBeLessThan(before[1]);
    await api.ok(RESTORE, { id: answerId }, moderator.token);

    expect(await reputations()).toEqual(before);
    expect((await api.app.get(ReputationVerifier).verify()).differences).toEqual([]);
  });

  it('moves no points when a post is only hidden', async () => {
    const { answerId, reputations } = await busyThread();
    const before = await reputations();
    await api.ok(`mutation($id: ID) { hidePost(input: { answerId: $id, note: "Checking" }) { __typename } }`, { id: answerId }, moderator.token);
    expect(await reputations()).toEqual(before);
    await api.ok(`mutation($id: ID) { approvePost(input: { answerId: $id }) { __typename } }`, { id: answerId }, moderator.token);
    expect(await reputations()).toEqual(before);
  });

  it('restores a removed post, points included, when its author wins the appeal', async () => {
    const { answerId, answerer, reputations } = await busyThread();
    const before = await reputations();
    await api.ok(REMOVE, { id: answerId, reason: 'SPAM' }, moderator.token);
    const [removal] = (await api.ok(MY_ACTIONS, {}, answerer.token)).myModerationActions;
    expect(removal).toMatchObject({ action: 'REMOVE_POST', reason: 'SPAM', note: 'Advertising', canAppeal: true });
    const { appealModerationAction } = await api.ok(
      `mutation($id: ID!) { appealModerationAction(input: { actionId: $id, message: "It was a genuine fix, not an advert." }) { id } }`,
      { id: removal.id },
      answerer.token,
    );
    const denied = await api.gql(
      `mutation($id: ID!) { resolveAppeal(input: { appealId: $id, grant: true }) { granted } }`,
      { id: appealModerationAction.id },
      answerer.token,
    );
    expect(errorCode(denied)).toBe('FORBIDDEN');
    await api.ok(
      `mutation($id: ID!) { resolveAppeal(input: { appealId: $id, grant: true, response: "Agreed" }) { granted } }`,
      { id: appealModerationAction.id },
      admin.token,
    );
    expect(await reputations()).toEqual(before);
    expect((await api.ok(MY_ACTIONS, {}, answerer.token)).myModerationActions.map((a: { action: string }) => a.action).slice(0, 2)).toEqual([
      'GRANT_APPEAL',
      'RESTORE_POST',
    ]);
  });

  it('records who did what to which target, with reason and before/after, and lets admins filter and page through it', async () => {
    const { questionId, answerId, answerer } = await busyThread();
    const target = await member(api, 'Target');
    await api.ok(REMOVE, { id: answerId, reason: 'SPAM' }, moderator.token);
    await api.ok(`mutation($id: ID!) { lockThread(questionId: $id) { id } }`, { id: questionId }, moderator.token);
    await api.ok(`mutation($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`, { id: target.id }, admin.token);
    await api.ok(
      `mutation($id: ID!) { editQuestion(input: { questionId: $id, body: "Tidied by staff" }) { id } }`,
      { id: questionId },
      moderator.token,
    );

    const byModerator = (await api.ok(AUDIT, { filter: { actorId: moderator.id }, first: 100 }, admin.token)).auditLog.edges.map(
      (e: { node: any }) => e.node,
    );
    const removal = byModerator.find((e: { action: string; targetId: string }) => e.action === 'REMOVE_POST' && e.targetId === answerId);
    expect(removal).toMatchObject({
      targetType: 'ANSWER',
      reason: 'SPAM',
      note: 'Advertising',
      actor: { id: moderator.id },
      subjectUser: { id: answerer.id },
    });
    expect(byModerator.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['RECOMMEND_ANSWER', 'LOCK_THREAD', 'EDIT_POST']));
    const edit = byModerator.find((e: { action: string }) => e.action === 'EDIT_POST');
    expect(edit.before.body).toBe('Since the update it stops at 80%.');
    expect(edit.after.body).toBe('Tidied by staff');

    const { auditLog } = await api.ok(AUDIT, { filter: { actions: ['CHANGE_ROLE'], subjectUserId: target.id } }, admin.token);
    expect(auditLog.edges.map((e: { node: any }) => [e.node.before, e.node.after])).toEqual([[{ role: 'MEMBER' }, { role: 'MODERATOR' }]]);

    const page = (await api.ok(AUDIT, { first: 2 }, admin.token)).auditLog;
    const next = (await api.ok(AUDIT, { first: 2, after: page.pageInfo.endCursor }, admin.token)).auditLog;
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(next.edges[0].node.createdAt <= page.edges[1].node.createdAt).toBe(true);
    expect(next.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(page.edges[1].node.id);

    // Members see what happened and why, not which moderator did it.
    const { myModerationActions } = await api.ok(`{ myModerationActions { action actor { id } } }`, {}, answerer.token);
    expect(myModerationActions[0]).toEqual({ action: 'REMOVE_POST', actor: null });
  });

  it('cannot be edited or deleted, even straight in the database', async () => {
    await api.ok(
      `mutation($id: ID!) { warnUser(input: { userId: $id, reason: "Keep it civil" }) { id } }`,
      { id: (await member(api, 'Warned')).id },
      moderator.token,
    );
    await expect(api.dataSource.query(`UPDATE moderation_log SET note = 'changed'`)).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`DELETE FROM moderation_log`)).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`TRUNCATE moderation_log CASCADE`)).rejects.toThrow(/append-only/);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM moderation_log WHERE note = 'changed'`);
    expect(count).toBe(0);
  });
});
