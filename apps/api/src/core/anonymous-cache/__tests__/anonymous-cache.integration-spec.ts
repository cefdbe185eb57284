import { askQuestion, MARK_HELPFUL, postAnswer } from '../../../testing/fixtures';
import { TestApp, TestUser } from '../../../testing/test-app';

const PAGE = `query($id: ID!) { question(id: $id) { id title viewerHasMeToo answers { id helpfulCount viewerHasMarkedHelpful } } }`;

describe('the anonymous read cache', () => {
  let api: TestApp;
  let asker: TestUser;
  let helper: TestUser;
  let questionId: string;
  let answerId: string;

  beforeAll(async () => {
    api = await TestApp.start({ config: { anonymousCacheTtlMs: 60_000 } });
    const communityId = await api.createCommunity();
    asker = await api.signUp('Asker');
    helper = await api.signUp('Helper');
    questionId = await askQuestion(api, asker, communityId);
    answerId = await postAnswer(api, helper, questionId);
  });
  afterAll(() => api.close());

  async function post(body: object, token?: string, acceptEncoding = 'identity'): Promise<{ cache: string | null; json: any; text: string; headers: Headers }> {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { cache: response.headers.get('x-agora-cache'), json: JSON.parse(text), text, headers: response.headers };
  }

  it('answers a repeated signed-out query from memory, with the same bytes and headers and no SQL', async () => {
    const first = await post({ query: PAGE, variables: { id: questionId } });
    api.queries.count = 0;
    const second = await post({ query: PAGE, variables: { id: questionId } });
    expect(first.cache).toBeNull();
    expect(second.cache).toBe('hit');
    expect(second.text).toBe(first.text);
    for (const header of ['content-type', 'content-length', 'cache-control']) expect(second.headers.get(header)).toBe(first.headers.get(header));
    expect(api.queries.count).toBe(0);
  });

  it('sends a hit gzipped to clients that accept it, the same JSON once decompressed', async () => {
    const plain = await post({ query: PAGE, variables: { id: questionId } });
    const gzipped = await post({ query: PAGE, variables: { id: questionId } }, undefined, 'gzip, deflate, br');
    expect(gzipped.cache).toBe('hit');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toBe('accept-encoding');
    expect(gzipped.text).toBe(plain.text); // fetch decompresses
    expect(Number(gzipped.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(plain.text));
    const refused = await post({ query: PAGE, variables: { id: questionId } }, undefined, 'gzip;q=0, identity');
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  it('computes a page once for readers who ask for it at the same time', async () => {
    const communityId = await api.createCommunity();
    const [single, together] = [await askQuestion(api, asker, communityId), await askQuestion(api, asker, communityId)];
    api.queries.count = 0;
    await post({ query: PAGE, variables: { id: single } });
    const oneMiss = api.queries.count;
    api.queries.count = 0;
    const readers = await Promise.all(Array.from({ length: 8 }, () => post({ query: PAGE, variables: { id: together } })));
    expect(api.queries.count).toBe(oneMiss);
    expect(readers.filter((reader) => reader.cache === 'hit')).toHaveLength(7);
    expect(new Set(readers.map((reader) => reader.text.replace(together, single)))).toEqual(new Set([(await post({ query: PAGE, variables: { id: single } })).text]));
  });

  it('keeps variables apart', async () => {
    await post({ query: PAGE, variables: { id: questionId } });
    const other = await post({ query: PAGE, variables: { id: '999999' } });
    expect(other.cache).toBeNull();
    expect(other.json.data.question).toBeNull();
  });

  it('never serves a signed-in viewer from it, nor stores their per-viewer answers', async () => {
    await api.ok(MARK_HELPFUL, { id: answerId }, asker.token);
    const signedIn = await post({ query: PAGE, variables: { id: questionId } }, asker.token);
    expect(signedIn.cache).toBeNull();
    expect(signedIn.json.data.question.answers[0].viewerHasMarkedHelpful).toBe(true);
    const anonymous = await post({ query: PAGE, variables: { id: questionId } });
    expect(anonymous.json.data.question.answers[0].viewerHasMarkedHelpful).toBe(false);
  });

  it('drops the page a write changed, so the next anonymous read sees the write', async () => {
    const before = (await post({ query: PAGE, variables: { id: questionId } })).json.data.question.answers.length;
    expect((await post({ query: PAGE, variables: { id: questionId } })).cache).toBe('hit');
    await postAnswer(api, asker, questionId, 'The asker found it themselves.');
    const after = await post({ query: PAGE, variables: { id: questionId } });
    expect(after.cache).toBeNull();
    expect(after.json.data.question.answers).toHaveLength(before + 1);
  });

  it('is kept by a page view, which changes only the view count', async () => {
    await post({ query: PAGE, variables: { id: questionId } });
    await post({ query: `mutation($id: ID!) { recordQuestionView(questionId: $id) }`, variables: { id: questionId } });
    expect((await post({ query: PAGE, variables: { id: questionId } })).cache).toBe('hit');
  });

  it('does not keep responses that carry errors', async () => {
    const bad = { query: `query { question(id: "not-a-number") { id } }` };
    const first = await post(bad);
    expect(first.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await post(bad)).cache).toBeNull();
  });
});
