import { badgeById, BADGES } from '@agora/shared';
import { ACCEPT, askQuestion, MARK_HELPFUL, postAnswer } from '../../../testing/fixtures';
import { TestApp, TestUser } from '../../../testing/test-app';
import { BadgesService } from '../badges.service';

/** Badges held and unread badge notifications, in a stable order, to compare two evaluations. */
interface Snapshot {
  badges: string[];
  notifications: string[];
}

describe('evaluating everyone at start-up', () => {
  let api: TestApp;
  let badges: BadgesService;
  let asker: TestUser, expert: TestUser, tipster: TestUser, veteran: TestUser, moderator: TestUser, formerModerator: TestUser;
  let expertCommunity: string, otherCommunity: string;

  beforeAll(async () => {
    api = await TestApp.start({ pointsRules: { dailyCapFromVotes: 10_000 } });
    badges = api.app.get(BadgesService);
    [expertCommunity, otherCommunity] = [await api.createCommunity(), await api.createCommunity()];
    [asker, expert, tipster, veteran, moderator, formerModerator] = await Promise.all(['Asker', 'Expert', 'Tipster', 'Veteran', 'Moderator', 'Former'].map((name) => api.signUp(name)));
    await api.signUp('Lurker');

    // 25 solutions in one community (the per-community badge there) and 2 in another (not there).
    for (let i = 0; i < 27; i++) {
      const questionId = await askQuestion(api, asker, i < 25 ? expertCommunity : otherCommunity, { title: `Question number ${i} about charging` });
      const answerId = await postAnswer(api, expert, questionId);
      await api.ok(ACCEPT, { id: answerId }, asker.token);
    }
    // Helpful marks on an answer, then a history too long to click through: one answer marked 30 times.
    const questionId = await askQuestion(api, asker, otherCommunity);
    const answerId = await postAnswer(api, tipster, questionId);
    for (const voter of [asker, expert, veteran]) await api.ok(MARK_HELPFUL, { id: answerId }, voter.token);
    await api.dataSource.query('UPDATE answers SET helpful_count = 30 WHERE id = $1', [answerId]);
    // A User Tip marked helpful 80 times: 110 marks in all.
    await api.importReputation(tipster.id, 4_000);
    const { writeUserTip } = await api.ok(
      `mutation($input: AskQuestionInput!) { writeUserTip(input: $input) { id } }`,
      { input: { communityId: otherCommunity, title: 'Free up storage in two minutes', body: 'Open Settings, then Storage.' } },
      tipster.token,
    );
    await api.dataSource.query('UPDATE questions SET helpful_count = 80 WHERE id = $1', [writeUserTip.id]);
    await api.importReputation(veteran.id, 80_000);
    await api.setRole(moderator.id, 'MODERATOR');
  });
  afterAll(() => api.close());

  /**
   * Forgets every badge and badge notification, except two badges the old version left behind: a
   * first answer already held (not to be announced again) and the staff badge of a member who is
   * no longer staff (to be taken away).
   */
  async function reset(): Promise<void> {
    await api.dataSource.query(`DELETE FROM notifications WHERE type = 'BADGE_EARNED'`);
    await api.dataSource.query('DELETE FROM user_badges');
    await api.dataSource.query(`INSERT INTO user_badges (user_id, badge_id) VALUES ($1, 'FIRST_ANSWER'), ($2, 'COMMUNITY_SPECIALIST')`, [
      expert.id,
      formerModerator.id,
    ]);
  }

  /** The evaluation this replaces: each member, then each community they solved something in. */
  async function evaluateEachMember(): Promise<void> {
    await api.dataSource.transaction(async (manager) => {
      const members: { id: string; community_ids: string[] }[] = await manager.query(
        `SELECT u.id, ARRAY(SELECT DISTINCT q.community_id::text FROM answers a JOIN questions q ON q.solution_answer_id = a.id
                             WHERE a.author_id = u.id) AS community_ids
           FROM users u`,
      );
      for (const member of members) {
        await badges.evaluate(manager, member.id);
        for (const communityId of member.community_ids) await badges.evaluate(manager, member.id, communityId);
      }
    });
  }

  async function snapshot(): Promise<Snapshot> {
    const held: { key: string }[] = await api.dataSource.query(
      `SELECT user_id || ' ' || badge_id || ' ' || COALESCE(community_id::text, '-') AS key FROM user_badges ORDER BY 1`,
    );
    const told: { key: string }[] = await api.dataSource.query(
      `SELECT recipient_id || ' ' || group_key || ' ' || badge_id AS key FROM notifications WHERE type = 'BADGE_EARNED' AND read_at IS NULL ORDER BY 1`,
    );
    return { badges: held.map((row) => row.key), notifications: told.map((row) => row.key) };
  }

  it('awards and announces exactly what evaluating each member in turn does, for every kind of rule', async () => {
    await reset();
    await badges.evaluateEveryone();
    const everyone = await snapshot();
    await reset();
    await evaluateEachMember();
    expect(everyone).toEqual(await snapshot());

    const kindsAwarded = new Set(everyone.badges.map((key) => badgeById(key.split(' ')[1])?.rule.kind));
    expect(kindsAwarded).toEqual(new Set(BADGES.map((badge) => badge.rule.kind)));
    expect(everyone.badges).toContain(`${expert.id} COMMUNITY_EXPERT ${expertCommunity}`);
    expect(everyone.badges).not.toContain(`${expert.id} COMMUNITY_EXPERT ${otherCommunity}`);
    expect(everyone.badges).toEqual(expect.arrayContaining([`${tipster.id} GREAT_TIP -`, `${tipster.id} HELPFUL_100 -`, `${veteran.id} LEVEL_10 -`]));
    expect(everyone.badges).toContain(`${moderator.id} COMMUNITY_SPECIALIST -`);
    expect(everyone.badges).not.toContain(`${formerModerator.id} COMMUNITY_SPECIALIST -`);
    expect(everyone.notifications.filter((key) => key.startsWith(`${expert.id} badge:FIRST_ANSWER `))).toEqual([]);
    expect(everyone.notifications.filter((key) => key.startsWith(`${expert.id} `)).length).toBeGreaterThan(0);
  });

  it('awards nothing and tells nobody anything when run again', async () => {
    await reset();
    await badges.evaluateEveryone();
    const first = await snapshot();
    await api.dataSource.query(`UPDATE notifications SET read_at = now() WHERE type = 'BADGE_EARNED'`);
    await badges.evaluateEveryone();
    expect(await snapshot()).toEqual({ badges: first.badges, notifications: [] });
  });
});
