import { askQuestion } from '../../../testing/fixtures';
import { TestApp } from '../../../testing/test-app';

// What the web's community page asks for (apps/web/src/modules/questions/graphql/QuestionList.graphql).
const COMMUNITY_LIST = `query($communityId: ID, $first: Int, $after: String) {
  questions(communityId: $communityId, first: $first, after: $after) {
    totalCount
    edges { cursor node { id kind title createdAt answerCount helpfulCount meTooCount isSolved tags
      author { id displayName level } community { id slug name } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

describe('a question list page', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start();
  });
  afterAll(() => api.close());

  it('costs two SQL statements (the page and its total), however many authors it shows, on page 1 as deeper', async () => {
    const communityId = await api.createCommunity();
    const askers = await Promise.all(Array.from({ length: 12 }, (_, i) => api.signUp(`Asker ${i}`)));
    for (const asker of askers) await askQuestion(api, asker, communityId);

    api.queries.count = 0;
    const first = (await api.ok(COMMUNITY_LIST, { communityId, first: 5 })).questions;
    expect(api.queries.count).toBe(2);
    expect(new Set(first.edges.map((edge: { node: { author: { id: string } } }) => edge.node.author.id)).size).toBe(5);

    api.queries.count = 0;
    const second = (await api.ok(COMMUNITY_LIST, { communityId, first: 5, after: first.pageInfo.endCursor })).questions;
    expect(api.queries.count).toBe(2);
    expect(second.edges[0].node.community.id).toBe(communityId);
    expect(second.totalCount).toBe(12);
  });
});
