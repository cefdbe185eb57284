import { ACCEPT, askQuestion, postAnswer } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';

const LIST = `query($communityId: ID, $solved: Boolean, $tag: String, $first: Int, $after: String) {
  questions(communityId: $communityId, solved: $solved, tag: $tag, first: $first, after: $after) {
    totalCount edges { cursor node { id title } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('listing questions', () => {
  let api: TestApp;
  let asker: TestUser;
  let helper: TestUser;
  let phones: string;
  let laptops: string;

  beforeAll(async () => {
    api = await TestApp.start();
    phones = await api.createCommunity('phones', 'Phones');
    laptops = await api.createCommunity('laptops', 'Laptops');
    [asker, helper] = await Promise.all([api.signUp('Asker'), api.signUp('Helper')]);
  });
  afterAll(() => api.close());

  it('reads the text of listed questions only when asked, however the query asks for it', async () => {
    const community = await api.createCommunity();
    await askQuestion(api, asker, community, { body: 'It stops at **80%**.' });
    type Data = Record<string, any>;
    const node = (data: Data) => data.questions.edges[0].node;
    const asked: [string, (data: Data) => Data][] = [
      [`query($c: ID) { questions(communityId: $c) { edges { node { id body bodyHtml } } } }`, node],
      [`query($c: ID) { questions(communityId: $c) { edges { node { ...Text } } } } fragment Text on Question { id body bodyHtml }`, node],
      [`query($c: ID) { questions(communityId: $c) { edges { ... on QuestionEdge { node { id ... on Question { body bodyHtml } } } } } }`, node],
      [`query($c: ID) { list: questions(communityId: $c) { all: edges { n: node { id text: body bodyHtml } } } }`, (data) => ({ ...data.list.all[0].n, body: data.list.all[0].n.text })],
    ];
    for (const [query, pick] of asked) {
      expect(pick(await api.ok(query, { c: community }))).toMatchObject({ body: 'It stops at **80%**.', bodyHtml: '<p>It stops at <strong>80%</strong>.</p>\n' });
    }
    const { questions } = await api.ok(`query($c: ID) { questions(communityId: $c) { edges { node { id title } } } }`, { c: community });
    expect(questions.edges).toHaveLength(1);
  });

  it('pages newest first with a cursor that stays stable while new questions arrive', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await askQuestion(api, asker, laptops, { title: `Laptop question number ${i}` }));
    const newestFirst = [...ids].reverse();

    const page1 = (await api.ok(LIST, { communityId: laptops, first: 3 })).questions;
    expect(page1.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(newestFirst.slice(0, 3));
    expect(page1.pageInfo.hasNextPage).toBe(true);

    await askQuestion(api, asker, laptops, { title: 'A question that arrives meanwhile' });

    const page2 = (await api.ok(LIST, { communityId: laptops, first: 3, after: page1.pageInfo.endCursor })).questions;
    const page3 = (await api.ok(LIST, { communityId: laptops, first: 3, after: page2.pageInfo.endCursor })).questions;
    expect(page2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(newestFirst.slice(3, 6));
    expect(page3.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(newestFirst.slice(6));
    expect(page3.pageInfo.hasNextPage).toBe(false);
    expect(page3.totalCount).toBe(8);
  });

  it('filters by solved state, tag and community', async () => {
    const solved = await askQuestion(api, asker, phones, { title: 'Solved phone question', tags: ['battery'] });
    const unsolved = await askQuestion(api, asker, phones, { title: 'Unsolved phone question', tags: ['camera'] });
    await api.ok(ACCEPT, { id: await postAnswer(api, helper, solved) }, asker.token);

    const ids = async (variables: Record<string, unknown>) =>
      (await api.ok(LIST, { communityId: phones, ...variables })).questions.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids({ solved: true })).toEqual([solved]);
    expect(await ids({ solved: false })).toEqual([unsolved]);
    expect(await ids({ tag: 'camera' })).toEqual([unsolved]);
    expect(await ids({})).toEqual([unsolved, solved]);
  });

  it('lists the unanswered queue and the week-old unsolved questions oldest first', async () => {
    const helpers = await api.createCommunity('helpers', 'Helpers');
    const old = await askQuestion(api, asker, helpers, { title: 'An old question nobody answered' });
    const answeredOld = await askQuestion(api, asker, helpers, { title: 'An old question with an answer' });
    await postAnswer(api, helper, answeredOld);
    const fresh = await askQuestion(api, asker, helpers, { title: 'A fresh question nobody answered' });
    await api.dataSource.query(`UPDATE questions SET created_at = now() - interval '10 days' WHERE id IN ($1, $2)`, [old, answeredOld]);
    const QUEUE = `query($c: ID, $answered: Boolean, $solved: Boolean, $days: Int) {
      questions(communityId: $c, answered: $answered, solved: $solved, olderThanDays: $days, order: OLDEST) { edges { node { id } } } }`;
    const ids = async (variables: Record<string, unknown>) =>
      (await api.ok(QUEUE, { c: helpers, ...variables })).questions.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids({ answered: false })).toEqual([old, fresh]);
    expect(await ids({ solved: false, days: 7 })).toEqual([old, answeredOld]);
  });

  it.each([
    ['a cursor it never gave out', { after: 'bm90LWEtY3Vyc29y' }],
    ['a page size over 100', { first: 101 }],
    ['a page size of 0', { first: 0 }],
  ])('refuses %s with BAD_USER_INPUT', async (_case, variables) => {
    expect(errorCode(await api.gql(LIST, variables))).toBe('BAD_USER_INPUT');
  });
});
