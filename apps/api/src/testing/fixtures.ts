import { TestApp, TestUser } from './test-app';

export const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id title tags bodyHtml answerCount meTooCount isSolved } }`;
export const POST_ANSWER = `mutation($input: PostAnswerInput!) { postAnswer(input: $input) { id helpfulCount isSolution } }`;
export const MARK_HELPFUL = `mutation($id: ID!) { markHelpful(answerId: $id) { id helpfulCount viewerHasMarkedHelpful } }`;
export const UNMARK_HELPFUL = `mutation($id: ID!) { unmarkHelpful(answerId: $id) { id helpfulCount viewerHasMarkedHelpful } }`;
export const ACCEPT = `mutation($id: ID!) { acceptSolution(answerId: $id) { id isSolved solution { id } } }`;
export const REPUTATION = `query($id: ID!) { user(id: $id) { reputation level } }`;

export async function askQuestion(
  api: TestApp,
  asker: TestUser,
  communityId: string,
  overrides: Partial<{ title: string; body: string; tags: string[] }> = {},
): Promise<string> {
  const { askQuestion } = await api.ok(
    ASK,
    { input: { communityId, title: 'My phone will not charge past 80%', body: 'Since the update it stops at 80%.', ...overrides } },
    asker.token,
  );
  return askQuestion.id;
}

export async function postAnswer(api: TestApp, answerer: TestUser, questionId: string, body = 'Turn off optimised charging.'): Promise<string> {
  const { postAnswer } = await api.ok(POST_ANSWER, { input: { questionId, body } }, answerer.token);
  return postAnswer.id;
}

export async function reputationOf(api: TestApp, userId: string): Promise<number> {
  const { user } = await api.ok(REPUTATION, { id: userId });
  return user.reputation;
}

/** The ledger, summed straight from the table. */
export async function ledgerSum(api: TestApp, userId: string): Promise<number> {
  const [row] = await api.dataSource.query('SELECT COALESCE(SUM(amount), 0)::int AS total FROM reputation_events WHERE user_id = $1', [userId]);
  return row.total;
}
