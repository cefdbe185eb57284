import { askQuestion, MARK_HELPFUL, postAnswer } from '../../../testing/fixtures';
import { TestApp, TestUser } from '../../../testing/test-app';

const QUESTION_PAGE = `query($id: ID!) {
  question(id: $id) {
    id title bodyHtml tags meTooCount viewCount answerCount isSolved viewerHasMeToo viewerCanEdit viewerCanAcceptSolution createdAt
    community { id name slug }
    author { id displayName level reputation }
    solution { id }
    answers { id bodyHtml helpfulCount isSolution createdAt viewerHasMarkedHelpful viewerCanMarkHelpful viewerCanEdit
              author { id displayName level reputation } }
  }
}`;

describe('the question page', () => {
  let api: TestApp;
  let asker: TestUser;
  let answerers: TestUser[];
  let communityId: string;

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    asker = await api.signUp('Asker');
    answerers = await Promise.all(Array.from({ length: 10 }, (_, i) => api.signUp(`Answerer ${i}`)));
  });
  afterAll(() => api.close());

  async function queriesFor(answerCount: number): Promise<number> {
    const questionId = await askQuestion(api, asker, communityId);
    for (let i = 0; i < answerCount; i++) {
      const answerId = await postAnswer(api, answerers[i % answerers.length], questionId, `Answer ${i}`);
      if (i % 3 === 0) await api.ok(MARK_HELPFUL, { id: answerId }, asker.token);
    }
    api.queries.count = 0;
    const { question } = await api.ok(QUESTION_PAGE, { id: questionId }, asker.token);
    expect(question.answers).toHaveLength(answerCount);
    return api.queries.count;
  }

  it('costs the same few SQL queries with 50 answers as with 2', async () => {
    const withTwo = await queriesFor(2);
    const withFifty = await queriesFor(50);
    expect(withFifty).toBe(withTwo);
    expect(withFifty).toBeLessThanOrEqual(7);
  });
});
