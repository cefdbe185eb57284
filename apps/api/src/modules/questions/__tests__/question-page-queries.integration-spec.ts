import { ACCEPT, askQuestion, MARK_HELPFUL, postAnswer } from '../../../testing/fixtures';
import { TestApp, TestUser } from '../../../testing/test-app';

// What the web's question page asks for (apps/web/src/modules/questions/graphql/QuestionPage.graphql).
const QUESTION_PAGE = `query($id: ID!) {
  question(id: $id) {
    id kind title body bodyHtml createdAt editedAt viewCount meTooCount viewerHasMeToo helpfulCount viewerHasMarkedHelpful
    viewerCanEdit viewerCanAcceptSolution isSolved tags answerCount
    author { id displayName level }
    community { id slug name }
    moderationState moderationReason isLocked isPinned viewerHasReported mergedInto { id }
    solution { id }
    answers { id body bodyHtml createdAt editedAt helpfulCount isSolution recommendedAt viewerHasMarkedHelpful
              viewerCanMarkHelpful viewerCanEdit author { id displayName level }
              moderationState moderationReason viewerHasReported }
  }
}`;
const REPORT = `mutation($input: ReportInput!) { submitReport(input: $input) { id } }`;

describe('the question page', () => {
  let api: TestApp;
  let asker: TestUser;
  let reader: TestUser;
  let answerers: TestUser[];
  let communityId: string;

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    asker = await api.signUp('Asker');
    reader = await api.signUp('Reader');
    answerers = await Promise.all(Array.from({ length: 10 }, (_, i) => api.signUp(`Answerer ${i}`)));
  });
  afterAll(() => api.close());

  async function threadWith(answerCount: number): Promise<string> {
    const questionId = await askQuestion(api, asker, communityId);
    for (let i = 0; i < answerCount; i++) {
      const answerId = await postAnswer(api, answerers[i % answerers.length], questionId, `Answer ${i}`);
      if (i % 3 === 0) await api.ok(MARK_HELPFUL, { id: answerId }, reader.token);
    }
    const [first] = (await api.ok(QUESTION_PAGE, { id: questionId })).question.answers;
    await api.ok(ACCEPT, { id: first.id }, asker.token);
    return questionId;
  }

  async function statementsFor(questionId: string, token?: string): Promise<number> {
    api.queries.count = 0;
    await api.ok(QUESTION_PAGE, { id: questionId }, token);
    return api.queries.count;
  }

  it('costs two SQL statements, signed out or in, with 2 answers as with 50', async () => {
    for (const questionId of [await threadWith(2), await threadWith(50)]) {
      expect(await statementsFor(questionId)).toBe(2);
      // The viewer's own row, me-too and reports come with the question; their marks with the answers.
      expect(await statementsFor(questionId, reader.token)).toBe(2);
      expect(await statementsFor(questionId, asker.token)).toBe(2);
    }
  });

  it("still answers the viewer's own marks and me-too from those statements", async () => {
    const questionId = await threadWith(4);
    await api.ok(`mutation($id: ID!) { addMeToo(questionId: $id) { id } }`, { id: questionId }, reader.token);
    const { question } = await api.ok(QUESTION_PAGE, { id: questionId }, reader.token);
    expect(question.viewerHasMeToo).toBe(true);
    expect(question.answers.filter((a: { viewerHasMarkedHelpful: boolean }) => a.viewerHasMarkedHelpful)).toHaveLength(2);
    expect(question.solution.id).toBe(question.answers[0].id);
    expect(question.answers[0].author.displayName).toMatch(/^Answerer/);
    const anonymous = (await api.ok(QUESTION_PAGE, { id: questionId })).question;
    expect(anonymous.viewerHasMeToo).toBe(false);
    expect(anonymous.answers.some((a: { viewerHasMarkedHelpful: boolean }) => a.viewerHasMarkedHelpful)).toBe(false);
  });

  it("shows the viewer's own reports, of the question and of one answer, and nobody else's", async () => {
    const questionId = await threadWith(3);
    const { question: before } = await api.ok(QUESTION_PAGE, { id: questionId }, reader.token);
    const reported = before.answers[1].id;
    await api.ok(REPORT, { input: { questionId, reason: 'SPAM' } }, reader.token);
    await api.ok(REPORT, { input: { answerId: reported, reason: 'SPAM' } }, reader.token);
    const { question } = await api.ok(QUESTION_PAGE, { id: questionId }, reader.token);
    expect(question.viewerHasReported).toBe(true);
    expect(question.answers.map((a: { id: string; viewerHasReported: boolean }) => [a.id, a.viewerHasReported])).toEqual(
      before.answers.map((a: { id: string }) => [a.id, a.id === reported]),
    );
    const other = (await api.ok(QUESTION_PAGE, { id: questionId }, answerers[0].token)).question;
    expect([other.viewerHasReported, ...other.answers.map((a: { viewerHasReported: boolean }) => a.viewerHasReported)].some(Boolean)).toBe(false);
  });
});
