import { ACCEPT, askQuestion, MARK_HELPFUL, postAnswer } from '../../../testing/fixtures';
import { TestApp } from '../../../testing/test-app';

const BADGES_OF = `query($id: ID!) { user(id: $id) { badges { badge { id tier } community { id } } } }`;

describe('badges', () => {
  let api: TestApp;
  let communityId: string;
  beforeAll(async () => {
    api = await TestApp.start({ pointsRules: { dailyCapFromVotes: 10_000 } });
    communityId = await api.createCommunity();
  });
  afterAll(() => api.close());

  const badgeIds = async (userId: string) => (await api.ok(BADGES_OF, { id: userId })).user.badges.map((b: { badge: { id: string } }) => b.badge.id);

  it('lists a catalogue of at least 15 badges in three tiers', async () => {
    const { badges } = await api.ok(`{ badges { id name tier description holderCount } }`);
    expect(badges.length).toBeGreaterThanOrEqual(15);
    expect(new Set(badges.map((b: { tier: string }) => b.tier))).toEqual(new Set(['BRONZE', 'SILVER', 'GOLD']));
  });

  it('awards first question, first answer, first solution, helpful and level badges as they are earned, once', async () => {
    const [asker, answerer] = [await api.signUp(), await api.signUp()];
    const questionId = await askQuestion(api, asker, communityId);
    expect(await badgeIds(asker.id)).toEqual(['FIRST_QUESTION']);
    const answerId = await postAnswer(api, answerer, questionId);
    const voters = await Promise.all(Array.from({ length: 10 }, () => api.signUp()));
    for (const voter of voters) await api.ok(MARK_HELPFUL, { id: answerId }, voter.token);
    await api.ok(ACCEPT, { id: answerId }, asker.token);
    await api.importReputation(answerer.id, 200);
    expect((await badgeIds(answerer.id)).sort()).toEqual(['FIRST_ANSWER', 'FIRST_SOLUTION', 'HELPFUL_10', 'LEVEL_2']);
  });

  it('awards the helpful badges once when the marks that earn them arrive together', async () => {
    const [asker, answerer] = [await api.signUp(), await api.signUp()];
    const questionId = await askQuestion(api, asker, communityId);
    const answerIds = [await postAnswer(api, answerer, questionId, 'The first way'), await postAnswer(api, answerer, questionId, 'The second way')];
    const voters = await Promise.all(Array.from({ length: 27 }, () => api.signUp()));
    // 26 marks on the first answer (Great Answer at 25), 1 on the second: 27 received (Appreciated at 10),
    // and 8 + 27 * 6 = 170 points (Level 2 at 150).
    const results = await Promise.all(voters.map((voter, i) => api.gql(MARK_HELPFUL, { id: answerIds[i === 0 ? 1 : 0] }, voter.token)));
    expect(results.filter((result) => result.errors)).toEqual([]);
    expect((await badgeIds(answerer.id)).sort()).toEqual(['FIRST_ANSWER', 'GREAT_ANSWER', 'HELPFUL_10', 'LEVEL_2']);
    const told = await api.dataSource.query(`SELECT badge_id FROM notifications WHERE recipient_id = $1 AND type = 'BADGE_EARNED' ORDER BY badge_id`, [
      answerer.id,
    ]);
    expect(told.map((row: { badge_id: string }) => row.badge_id)).toEqual(['FIRST_ANSWER', 'GREAT_ANSWER', 'HELPFUL_10', 'LEVEL_2']);
  });

  it('keeps a badge whose condition is undone', async () => {
    const [asker, answerer] = [await api.signUp(), await api.signUp()];
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    await api.ok(ACCEPT, { id: answerId }, asker.token);
    await api.ok(`mutation($id: ID!) { unacceptSolution(questionId: $id) { id } }`, { id: questionId }, asker.token);
    expect(await badgeIds(answerer.id)).toContain('FIRST_SOLUTION');
  });

  it('gives the Community Specialist badge with a staff role and takes it away with the role', async () => {
    const [admin, member] = [await api.signUp(), await api.signUp()];
    await api.setRole(admin.id, 'ADMIN');
    const setRole = `mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { role } }`;
    await api.ok(setRole, { id: member.id, role: 'MODERATOR' }, admin.token);
    expect(await badgeIds(member.id)).toContain('COMMUNITY_SPECIALIST');
    await api.ok(setRole, { id: member.id, role: 'MEMBER' }, admin.token);
    expect(await badgeIds(member.id)).not.toContain('COMMUNITY_SPECIALIST');
  });

  it('names the holders of a badge', async () => {
    const { badges } = await api.ok(`{ badges { id holderCount holders(first: 50) { id } } }`);
    const firstQuestion = badges.find((b: { id: string }) => b.id === 'FIRST_QUESTION');
    expect(firstQuestion.holderCount).toBe(firstQuestion.holders.length);
    expect(firstQuestion.holderCount).toBeGreaterThanOrEqual(2);
  });
});
