import { askQuestion, postAnswer } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';
import { member, staff } from './moderation-fixtures';

/** Every staff-only operation, with arguments that would succeed for staff. */
function staffOperations(ids: { questionId: string; otherQuestionId: string; answerId: string; userId: string; communityId: string }) {
  const { questionId, otherQuestionId, answerId, userId, communityId } = ids;
  const future = new Date(Date.now() + 86_400_000).toISOString();
  return [
    ['removePost', `mutation { removePost(input: { questionId: "${questionId}", reason: SPAM }) { __typename } }`],
    ['restorePost', `mutation { restorePost(questionId: "${questionId}") { __typename } }`],
    ['hidePost', `mutation { hidePost(input: { answerId: "${answerId}" }) { __typename } }`],
    ['approvePost', `mutation { approvePost(input: { answerId: "${answerId}" }) { __typename } }`],
    ['recommendAnswer', `mutation { recommendAnswer(answerId: "${answerId}") { id } }`],
    ['unrecommendAnswer', `mutation { unrecommendAnswer(answerId: "${answerId}") { id } }`],
    ['lockThread', `mutation { lockThread(questionId: "${questionId}") { id } }`],
    ['unlockThread', `mutation { unlockThread(questionId: "${questionId}") { id } }`],
    ['pinQuestion', `mutation { pinQuestion(questionId: "${questionId}") { id } }`],
    ['unpinQuestion', `mutation { unpinQuestion(questionId: "${questionId}") { id } }`],
    ['moveQuestion', `mutation { moveQuestion(input: { questionId: "${questionId}", communityId: "${communityId}" }) { id } }`],
    ['mergeQuestion', `mutation { mergeQuestion(input: { questionId: "${otherQuestionId}", intoQuestionId: "${questionId}" }) { id } }`],
    ['warnUser', `mutation { warnUser(input: { userId: "${userId}", reason: "Be kind" }) { id } }`],
    ['suspendUser', `mutation { suspendUser(input: { userId: "${userId}", until: "${future}", reason: "Spam" }) { id } }`],
    ['reinstateUser', `mutation { reinstateUser(input: { userId: "${userId}" }) { id } }`],
    ['dismissUserReports', `mutation { dismissUserReports(input: { userId: "${userId}" }) { id } }`],
    ['resolveAppeal', `mutation { resolveAppeal(input: { appealId: "1", grant: false }) { id } }`],
    ['setUserRole (admin)', `mutation { setUserRole(userId: "${userId}", role: MODERATOR) { id } }`],
    ['addWatchedWord (admin)', `mutation { addWatchedWord(input: { word: "scam", action: BLOCK, rule: "No scams" }) { id } }`],
    ['removeWatchedWord (admin)', `mutation { removeWatchedWord(id: "1") { id } }`],
    ['moderationQueue', `{ moderationQueue { totalCount } }`],
    ['watchedWords', `{ watchedWords { id } }`],
    ['auditLog (admin)', `{ auditLog { totalCount } }`],
    ["auditLog of one member", `{ auditLog(filter: { subjectUserId: "${userId}" }) { totalCount } }`],
  ] as const;
}

describe('staff-only operations', () => {
  let api: TestApp;
  let operations: ReturnType<typeof staffOperations>;
  let plainMember: TestUser;
  let suspendedMember: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    const communityId = await api.createCommunity();
    const asker = await member(api, 'Asker');
    plainMember = await member(api, 'Member', 5_000);
    suspendedMember = await member(api, 'Suspended', 5_000);
    moderator = await staff(api, 'Moderator');
    const questionId = await askQuestion(api, asker, communityId);
    const otherQuestionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, plainMember, questionId);
    const until = new Date(Date.now() + 86_400_000).toISOString();
    await api.ok(
      `mutation($id: ID!, $until: DateTime!) { suspendUser(input: { userId: $id, until: $until, reason: "Spam" }) { id } }`,
      { id: suspendedMember.id, until },
      moderator.token,
    );
    operations = staffOperations({ questionId, otherQuestionId, answerId, userId: asker.id, communityId });
  });
  afterAll(() => api.close());

  it("refuses every one to members, to suspended members and, for administrators' ones, to moderators; asks the signed-out to sign in", async () => {
    const outcomes: string[] = [];
    for (const [name, query] of operations) {
      outcomes.push(`${name} as member: ${errorCode(await api.gql(query, {}, plainMember.token))}`);
      outcomes.push(`${name} as suspended member: ${errorCode(await api.gql(query, {}, suspendedMember.token))}`);
      outcomes.push(`${name} signed out: ${errorCode(await api.gql(query))}`);
      if (name.endsWith('(admin)')) outcomes.push(`${name} as moderator: ${errorCode(await api.gql(query, {}, moderator.token))}`);
    }
    const expected = operations.flatMap(([name]) => [
      `${name} as member: FORBIDDEN`,
      `${name} as suspended member: FORBIDDEN`,
      `${name} signed out: UNAUTHENTICATED`,
      ...(name.endsWith('(admin)') ? [`${name} as moderator: FORBIDDEN`] : []),
    ]);
    expect(outcomes).toEqual(expected);
  });

  it('lets staff run them', async () => {
    const failures: string[] = [];
    const admin = await staff(api, 'Admin', 'ADMIN');
    for (const [name, query] of operations) {
      if (name === 'resolveAppeal' || name === 'removeWatchedWord (admin)') continue; // need an appeal / a word first (other specs)
      const response = await api.gql(query, {}, admin.token);
      if (response.errors) failures.push(`${name}: ${JSON.stringify(response.errors)}`);
    }
    expect(failures).toEqual([]);
  });

  it("lets a moderator read one member's record, not the whole log", async () => {
    const [, memberRecord] = operations.filter(([name]) => name.startsWith('auditLog'));
    const { auditLog } = await api.ok(memberRecord[1], {}, moderator.token);
    expect(auditLog.totalCount).toBeGreaterThanOrEqual(0);
    const whole = await api.gql(`{ auditLog { totalCount } }`, {}, moderator.token);
    expect(errorCode(whole)).toBe('FORBIDDEN');
  });
});
