import { levelFor } from '@agora/shared';
import { askQuestion, postAnswer } from '../../../testing/fixtures';
import { GraphQLResponse, TestApp, TestUser } from '../../../testing/test-app';
import { ReputationVerifier } from '../reputation-verifier';

/** A small deterministic generator, so a failing sequence can be replayed by its seed. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.REPLAY_SEED ?? 20261122);
const ACTIONS = 1_200;
const PARALLEL = 8;

describe('reputation under a random history of 1,200 actions', () => {
  // Tight limits so that the sequence runs into every one of them.
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start({ pointsRules: { dailyCapFromVotes: 60, maxRewardedHelpfulMarksPerAnswer: 4, maxRewardedMeToosPerQuestion: 3 } });
  });
  afterAll(() => api.close());

  it('keeps every reputation equal to its ledger and to a replay of the rules, with levels and badges following', async () => {
    const random = mulberry32(SEED);
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
    const communities = [await api.createCommunity(), await api.createCommunity()];
    const members: TestUser[] = [];
    for (let i = 0; i < 12; i++) members.push(await api.signUp(`Member ${i}`));
    const moderator = await api.signUp('Moderator');
    await api.setRole(moderator.id, 'MODERATOR');
    await api.importReputation(members[0].id, 120);

    const questions: { id: string; asker: TestUser; answers: { id: string; author: TestUser }[] }[] = [];
    for (let q = 0; q < 10; q++) {
      const asker = pick(members);
      const id = await askQuestion(api, asker, pick(communities), { title: `Random question number ${q}` });
      const answers = [];
      for (let a = 0; a < 3; a++) {
        const author = pick(members.filter((m) => m !== asker));
        answers.push({ id: await postAnswer(api, author, id, `Answer ${a}`), author });
      }
      questions.push({ id, asker, answers });
    }

    const action = (): Promise<GraphQLResponse> => {
      const question = pick(questions);
      const answer = pick(question.answers);
      const member = pick(members);
      const roll = random();
      if (roll < 0.3) return api.gql(`mutation($id: ID!) { markHelpful(answerId: $id) { id } }`, { id: answer.id }, member.token);
      if (roll < 0.45) return api.gql(`mutation($id: ID!) { unmarkHelpful(answerId: $id) { id } }`, { id: answer.id }, member.token);
      if (roll < 0.6) return api.gql(`mutation($id: ID!) { acceptSolution(answerId: $id) { id } }`, { id: answer.id }, question.asker.token);
      if (roll < 0.65) return api.gql(`mutation($id: ID!) { unacceptSolution(questionId: $id) { id } }`, { id: question.id }, question.asker.token);
      if (roll < 0.75) return api.gql(`mutation($id: ID!) { addMeToo(questionId: $id) { id } }`, { id: question.id }, member.token);
      if (roll < 0.8) return api.gql(`mutation($id: ID!) { removeMeToo(questionId: $id) { id } }`, { id: question.id }, member.token);
      const target = random() < 0.7 ? { answerId: answer.id } : { questionId: question.id };
      if (roll < 0.88) {
        const reason = pick(['SPAM', 'ABUSE', 'OFF_TOPIC', 'OTHER']);
        return api.gql(`mutation($input: RemovePostInput!) { removePost(input: $input) { __typename } }`, { input: { ...target, reason } }, moderator.token);
      }
      if (roll < 0.96) {
        return api.gql(`mutation($questionId: ID, $answerId: ID) { restorePost(questionId: $questionId, answerId: $answerId) { __typename } }`, target, moderator.token);
      }
      return api.gql(`mutation($id: ID!) { recommendAnswer(answerId: $id) { id } }`, { id: answer.id }, moderator.token);
    };

    const outcomes = new Map<string, number>();
    for (let done = 0; done < ACTIONS; done += PARALLEL) {
      const results = await Promise.all(Array.from({ length: PARALLEL }, action));
      for (const result of results) {
        const outcome = result.errors ? String(result.errors[0].extensions?.code) : 'OK';
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }

    // Refusals (your own answer, a removed post) are expected; failures are not.
    expect([...outcomes.keys()].filter((code) => !['OK', 'FORBIDDEN', 'NOT_FOUND'].includes(code))).toEqual([]);
    expect(outcomes.get('OK')).toBeGreaterThan(ACTIONS / 2);

    const report = await api.app.get(ReputationVerifier).verify();
    expect(report.differences).toEqual([]);
    expect(report.ledgerRows).toBeGreaterThan(400);

    for (const member of [...members, moderator]) {
      const [{ sum }] = await api.dataSource.query('SELECT COALESCE(SUM(amount), 0)::int AS sum FROM reputation_events WHERE user_id = $1', [member.id]);
      const { user } = await api.ok(`query($id: ID!) { user(id: $id) { reputation level } }`, { id: member.id });
      expect(user.reputation).toBe(sum);
      expect(user.reputation).toBeGreaterThanOrEqual(0);
      expect(user.level).toBe(levelFor(sum));
    }
  }, 240_000);
});
