import { ACCEPT, ASK, askQuestion, MARK_HELPFUL, POST_ANSWER, postAnswer } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';
import { member, MY_ACTIONS, REPORT, staff } from './moderation-fixtures';

const SUSPEND = `mutation($id: ID!, $until: DateTime!, $reason: String!) { suspendUser(input: { userId: $id, until: $until, reason: $reason }) { id } }`;
const APPEAL = `mutation($id: ID!, $message: String!) { appealModerationAction(input: { actionId: $id, message: $message }) { id message granted } }`;

describe('suspensions, warnings and appeals', () => {
  let api: TestApp;
  let communityId: string;
  let moderator: TestUser;
  let admin: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    moderator = await staff(api, 'Moderator');
    admin = await staff(api, 'Admin', 'ADMIN');
    other = await member(api, 'Other', 5_000);
  });
  afterAll(() => api.close());

  it('refuses every write of a suspended member with FORBIDDEN and the end date, but lets them read and appeal', async () => {
    const suspended = await member(api, 'Suspended', 5_000);
    const ownQuestion = await askQuestion(api, suspended, communityId);
    const othersQuestion = await askQuestion(api, other, communityId);
    const othersAnswer = await postAnswer(api, other, othersQuestion);
    const ownAnswer = await postAnswer(api, other, ownQuestion);
    const tip = (
      await api.ok(
        `mutation($input: AskQuestionInput!) { writeUserTip(input: $input) { id } }`,
        { input: { communityId, title: 'A tip about batteries', body: 'Charge it.' } },
        other.token,
      )
    ).writeUserTip.id;
    const until = new Date(Date.now() + 3 * 86_400_000);
    until.setMilliseconds(0);
    await api.ok(SUSPEND, { id: suspended.id, until: until.toISOString(), reason: 'Repeated spam' }, moderator.token);

    const writes: [string, string, Record<string, unknown>][] = [
      ['askQuestion', ASK, { input: { communityId, title: 'Another question here', body: 'Body' } }],
      ['editQuestion', `mutation($id: ID!) { editQuestion(input: { questionId: $id, body: "Edited" }) { id } }`, { id: ownQuestion }],
      ['postAnswer', POST_ANSWER, { input: { questionId: othersQuestion, body: 'An answer' } }],
      ['editAnswer', `mutation($id: ID!) { editAnswer(input: { answerId: $id, body: "Edited" }) { id } }`, { id: othersAnswer }],
      ['markHelpful', MARK_HELPFUL, { id: othersAnswer }],
      ['unmarkHelpful', `mutation($id: ID!) { unmarkHelpful(answerId: $id) { id } }`, { id: othersAnswer }],
      ['addMeToo', `mutation($id: ID!) { addMeToo(questionId: $id) { id } }`, { id: othersQuestion }],
      ['removeMeToo', `mutation($id: ID!) { removeMeToo(questionId: $id) { id } }`, { id: othersQuestion }],
      ['acceptSolution', ACCEPT, { id: ownAnswer }],
      ['unacceptSolution', `mutation($id: ID!) { unacceptSolution(questionId: $id) { id } }`, { id: ownQuestion }],
      [
        'writeUserTip',
        `mutation($input: AskQuestionInput!) { writeUserTip(input: $input) { id } }`,
        { input: { communityId, title: 'My own tip here', body: 'Body' } },
      ],
      ['markTipHelpful', `mutation($id: ID!) { markTipHelpful(tipId: $id) { id } }`, { id: tip }],
      ['unmarkTipHelpful', `mutation($id: ID!) { unmarkTipHelpful(tipId: $id) { id } }`, { id: tip }],
      ['submitReport', REPORT, { input: { questionId: othersQuestion, reason: 'SPAM' } }],
    ];
    const outcomes = [];
    for (const [name, query, variables] of writes) {
      const response = await api.gql(query, variables, suspended.token);
      outcomes.push([
        name,
        errorCode(response),
        response.errors?.[0].message.includes(until.toISOString()),
        response.errors?.[0].extensions?.suspendedUntil,
      ]);
    }
    expect(outcomes).toEqual(writes.map(([name]) => [name, 'FORBIDDEN', true, until.toISOString()]));

    const { me } = await api.ok(`{ me { id suspendedUntil suspensionReason } }`, {}, suspended.token);
    expect(me).toEqual({ id: suspended.id, suspendedUntil: until.toISOString(), suspensionReason: 'Repeated spam' });
    const { user } = await api.ok(`query($id: ID!) { user(id: $id) { suspendedUntil } }`, { id: suspended.id }, other.token);
    expect(user.suspendedUntil).toBeNull();
    expect((await api.ok(`query($id: ID!) { question(id: $id) { id } }`, { id: othersQuestion }, suspended.token)).question.id).toBe(othersQuestion);

    const { myModerationActions } = await api.ok(MY_ACTIONS, {}, suspended.token);
    const suspension = myModerationActions.find((a: { action: string }) => a.action === 'SUSPEND_USER');
    expect(suspension).toMatchObject({ reason: 'Repeated spam', canAppeal: true });
    const { appealModerationAction } = await api.ok(APPEAL, { id: suspension.id, message: 'It was my cousin, sorry.' }, suspended.token);
    expect(appealModerationAction).toMatchObject({ message: 'It was my cousin, sorry.', granted: null });
    expect(errorCode(await api.gql(APPEAL, { id: suspension.id, message: 'Please, once more.' }, suspended.token))).toBe('FORBIDDEN');
    expect((await api.ok(MY_ACTIONS, {}, suspended.token)).myModerationActions[0].canAppeal).toBe(false);

    const { moderationQueue } = await api.ok(
      `{ moderationQueue(filter: { kinds: [APPEAL] }) { edges { node { appeal { id message action { id } } author { id } } } } }`,
      {},
      moderator.token,
    );
    const item = moderationQueue.edges.find((e: { node: { appeal: { action: { id: string } } } }) => e.node.appeal.action.id === suspension.id).node;
    expect(item.author.id).toBe(suspended.id);
    await api.ok(
      `mutation($id: ID!) { resolveAppeal(input: { appealId: $id, grant: true, response: "Fair enough" }) { granted } }`,
      { id: item.appeal.id },
      moderator.token,
    );
    expect((await api.ok(`{ me { suspendedUntil } }`, {}, suspended.token)).me.suspendedUntil).toBeNull();
    expect(
      (await api.gql(ASK, { input: { communityId, title: 'Back again with a question', body: 'Body' } }, suspended.token)).errors,
    ).toBeUndefined();
    const actions = (await api.ok(MY_ACTIONS, {}, suspended.token)).myModerationActions.map((a: { action: string }) => a.action);
    expect(actions.slice(0, 2)).toEqual(['GRANT_APPEAL', 'REINSTATE_USER']);
  });

  it('lets staff warn a member, who sees the warning with its reason', async () => {
    const warned = await member(api, 'Warned');
    await api.ok(
      `mutation($id: ID!) { warnUser(input: { userId: $id, reason: "Please stay on topic" }) { id } }`,
      { id: warned.id },
      moderator.token,
    );
    const { myModerationActions } = await api.ok(MY_ACTIONS, {}, warned.token);
    expect(myModerationActions).toEqual([expect.objectContaining({ action: 'WARN_USER', reason: 'Please stay on topic', canAppeal: false })]);
  });

  it('ends a suspension early on reinstatement, and refuses a date in the past', async () => {
    const suspended = await member(api, 'Briefly suspended');
    expect(errorCode(await api.gql(SUSPEND, { id: suspended.id, until: '2020-01-01T00:00:00Z', reason: 'x' }, moderator.token))).toBe(
      'BAD_USER_INPUT',
    );
    await api.ok(SUSPEND, { id: suspended.id, until: new Date(Date.now() + 86_400_000).toISOString(), reason: 'Cool down' }, moderator.token);
    await api.ok(
      `mutation($id: ID!) { reinstateUser(input: { userId: $id, note: "Talked it through" }) { id } }`,
      { id: suspended.id },
      moderator.token,
    );
    expect((await api.gql(ASK, { input: { communityId, title: 'Allowed to ask again now', body: 'Body' } }, suspended.token)).errors).toBeUndefined();
  });

  it('does not let a moderator act on an administrator, nor change roles', async () => {
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const refused = await api.gql(SUSPEND, { id: admin.id, until, reason: 'No' }, moderator.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/administrator/);
    expect(
      errorCode(await api.gql(`mutation($id: ID!) { warnUser(input: { userId: $id, reason: "No" }) { id } }`, { id: admin.id }, moderator.token)),
    ).toBe('FORBIDDEN');
    const adminQuestion = await askQuestion(api, admin, communityId);
    expect(
      errorCode(
        await api.gql(
          `mutation($id: ID) { removePost(input: { questionId: $id, reason: SPAM }) { __typename } }`,
          { id: adminQuestion },
          moderator.token,
        ),
      ),
    ).toBe('FORBIDDEN');

    const promoted = await member(api, 'Promoted');
    await api.ok(`mutation($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { role } }`, { id: promoted.id }, admin.token);
    expect((await api.ok(`query($id: ID!) { user(id: $id) { role } }`, { id: promoted.id })).user.role).toBe('MODERATOR');
  });
});
