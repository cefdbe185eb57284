import { ACCEPT, askQuestion, MARK_HELPFUL, postAnswer } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';

const LEADERBOARD = `query($communityId: ID, $period: LeaderboardPeriod, $first: Int) {
  leaderboard(communityId: $communityId, period: $period, first: $first) { rank points user { id } }
}`;

describe('leaderboards', () => {
  let api: TestApp;
  let phones: string;
  let laptops: string;
  let [asker, phoneExpert, laptopExpert, veteran]: TestUser[] = [];

  beforeAll(async () => {
    api = await TestApp.start();
    [phones, laptops] = [await api.createCommunity(), await api.createCommunity()];
    [asker, phoneExpert, laptopExpert, veteran] = await Promise.all(['Asker', 'Phone expert', 'Laptop expert', 'Veteran'].map((n) => api.signUp(n)));
    await api.importReputation(veteran.id, 1_000);
    const phoneAnswer = await postAnswer(api, phoneExpert, await askQuestion(api, asker, phones));
    await api.ok(ACCEPT, { id: phoneAnswer }, asker.token);
    const laptopAnswer = await postAnswer(api, laptopExpert, await askQuestion(api, asker, laptops));
    await api.ok(MARK_HELPFUL, { id: laptopAnswer }, asker.token);
    // Last month's points for the laptop expert: outside the week, inside the month.
    await api.dataSource.query(
      `UPDATE reputation_events SET created_at = now() - interval '20 days' WHERE user_id = $1 AND reason = 'ANSWER_MARKED_HELPFUL'`,
      [laptopExpert.id],
    );
  });
  afterAll(() => api.close());

  const board = async (variables: Record<string, unknown>) =>
    (await api.ok(LEADERBOARD, variables)).leaderboard.map((e: { rank: number; points: number; user: { id: string } }) => [e.rank, e.user.id, e.points]);

  it('ranks all time by reputation, imported points included', async () => {
    expect((await board({ period: 'ALL_TIME' }))[0]).toEqual([1, veteran.id, 1_000]);
  });

  it('ranks a week by the points earned in it, imported points aside', async () => {
    expect(await board({ period: 'WEEK' })).toEqual([
      [1, phoneExpert.id, 8 + 15],
      [2, laptopExpert.id, 8],
      [3, asker.id, 4 + 2],
    ]);
  });

  it('counts the last 30 days for a month', async () => {
    expect((await board({ period: 'MONTH' }))[0]).toEqual([1, phoneExpert.id, 23]);
    expect((await board({ period: 'MONTH' }))[1]).toEqual([2, laptopExpert.id, 14]);
  });

  it('ranks one community by the points earned in it', async () => {
    // The asker's first-question bonus came from their question in Phones.
    expect(await board({ communityId: laptops, period: 'ALL_TIME' })).toEqual([[1, laptopExpert.id, 14]]);
    expect(await board({ communityId: phones, period: 'WEEK', first: 1 })).toEqual([[1, phoneExpert.id, 23]]);
  });

  it('refuses a page size over 100', async () => {
    expect(errorCode(await api.gql(LEADERBOARD, { first: 500 }))).toBe('BAD_USER_INPUT');
  });
});
