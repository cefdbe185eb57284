import { ASK, askQuestion } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';

const EDIT = `mutation($input: EditQuestionInput!) { editQuestion(input: $input) { title body tags revisions { title body editor { displayName } } } }`;
const ME_TOO = `mutation($id: ID!) { addMeToo(questionId: $id) { meTooCount viewerHasMeToo } }`;

describe('asking and editing questions', () => {
  let api: TestApp;
  let asker: TestUser;
  let other: TestUser;
  let communityId: string;

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity('phones', 'Phones');
    [asker, other] = await Promise.all([api.signUp('Asker'), api.signUp('Other')]);
  });
  afterAll(() => api.close());

  it('stores the question with tidy tags and HTML rendered from its Markdown', async () => {
    const { askQuestion } = await api.ok(
      ASK,
      { input: { communityId, title: '  Wi-Fi drops every ten minutes  ', body: '**Since** iOS 18', tags: ['Wi-Fi', 'wi-fi', 'Router'] } },
      asker.token,
    );
    expect(askQuestion).toMatchObject({ title: 'Wi-Fi drops every ten minutes', tags: ['wi-fi', 'router'], answerCount: 0, isSolved: false });
    expect(askQuestion.bodyHtml).toBe('<p><strong>Since</strong> iOS 18</p>\n');
  });

  it('never lets script, event handlers or javascript: links through', async () => {
    const body = '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))';
    const { askQuestion } = await api.ok(ASK, { input: { communityId, title: 'A question with hostile HTML', body } }, asker.token);
    expect(askQuestion.bodyHtml).not.toMatch(/<script|<[a-z]+[^>]*\son[a-z]+=|href="javascript:/i);
  });

  it.each([
    ['a title under 10 characters', { title: 'Too short' }, 'title'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
    ['an empty body', { body: '   ' }, 'body'],
    ['a body over 50,000 characters', { body: 'x'.repeat(50_001) }, 'body'],
    ['six tags', { tags: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'tags'],
    ['a tag with symbols', { tags: ['no$'] }, 'tags'],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_case, override, field) => {
    const [{ count: before }] = await api.dataSource.query('SELECT count(*)::int AS count FROM questions');
    const input = { communityId, title: 'A perfectly fine title', body: 'A body', ...override };
    const result = await api.gql(ASK, { input }, asker.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toHaveProperty(field);
    const [{ count: after }] = await api.dataSource.query('SELECT count(*)::int AS count FROM questions');
    expect(after).toBe(before);
  });

  it('reports an unknown community as NOT_FOUND and a signed-out asker as UNAUTHENTICATED', async () => {
    const input = { communityId: '987654', title: 'A perfectly fine title', body: 'A body' };
    expect(errorCode(await api.gql(ASK, { input }, asker.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(ASK, { input: { ...input, communityId } }))).toBe('UNAUTHENTICATED');
  });

  it('keeps every version when the author edits, and lets nobody else edit', async () => {
    const id = await askQuestion(api, asker, communityId, { title: 'Battery drains overnight', body: 'First version' });
    const { editQuestion } = await api.ok(EDIT, { input: { questionId: id, body: 'Second version', tags: ['battery'] } }, asker.token);
    expect(editQuestion).toMatchObject({ title: 'Battery drains overnight', body: 'Second version', tags: ['battery'] });
    expect(editQuestion.revisions.map((r: { body: string }) => r.body)).toEqual(['First version', 'Second version']);
    expect(errorCode(await api.gql(EDIT, { input: { questionId: id, body: 'Vandalised' } }, other.token))).toBe('FORBIDDEN');
  });

  it('counts "me too" once per member and never for the asker', async () => {
    const id = await askQuestion(api, asker, communityId);
    await api.ok(ME_TOO, { id }, other.token);
    const { addMeToo } = await api.ok(ME_TOO, { id }, other.token);
    expect(addMeToo).toEqual({ meTooCount: 1, viewerHasMeToo: true });
    expect(errorCode(await api.gql(ME_TOO, { id }, asker.token))).toBe('FORBIDDEN');
    const { removeMeToo } = await api.ok(`mutation($id: ID!) { removeMeToo(questionId: $id) { meTooCount viewerHasMeToo } }`, { id }, other.token);
    expect(removeMeToo).toEqual({ meTooCount: 0, viewerHasMeToo: false });
  });

  it('counts views', async () => {
    const id = await askQuestion(api, asker, communityId);
    await api.ok(`mutation($id: ID!) { recordQuestionView(questionId: $id) }`, { id });
    const { recordQuestionView } = await api.ok(`mutation($id: ID!) { recordQuestionView(questionId: $id) }`, { id });
    expect(recordQuestionView).toBe(2);
  });

  it('returns null for a question that does not exist', async () => {
    expect(await api.ok(`{ question(id: "424242") { id } }`)).toEqual({ question: null });
  });
});
