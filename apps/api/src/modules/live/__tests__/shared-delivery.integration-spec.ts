import { subscriptionCounters } from '../../../core/pubsub/shared-execution';
import { askQuestion, MARK_HELPFUL, postAnswer } from '../../../testing/fixtures';
import { LiveClient, RawLiveSocket, Subscription } from '../../../testing/live-client';
import { TestApp, TestUser } from '../../../testing/test-app';

const ANSWER_VIEW = `subscription($q: ID!) { answerUpdated(questionId: $q) { id body helpfulCount viewerCanEdit moderationReason author { displayName } } }`;
const THREAD_VIEW = `subscription($q: ID!) { questionUpdated(questionId: $q) { id title answers { id body moderationReason } } }`;
const HELPFUL_VIEW = `subscription($q: ID!) { answerUpdated(questionId: $q) { id helpfulCount viewerHasMarkedHelpful } }`;
const EDIT_QUESTION = `mutation($input: EditQuestionInput!) { editQuestion(input: $input) { id } }`;
const HIDE = `mutation($input: PostActionInput!) { hidePost(input: $input) { __typename } }`;
const COMPOSING = `subscription($q: ID!) { composing(questionId: $q) { count people { displayName } } }`;
const SET_COMPOSING = `mutation($q: ID!, $c: Boolean!) { setComposing(questionId: $q, composing: $c) }`;

describe('one execution per event and selection, shared by the subscribers it cannot differ for', () => {
  let api: TestApp;
  let asker: TestUser;
  let answerer: TestUser;
  let moderator: TestUser;
  let communityId: string;
  const clients: LiveClient[] = [];
  const sockets: RawLiveSocket[] = [];
  const subscribe = (token: string | undefined, query: string, variables: Record<string, unknown>): Promise<Subscription> => {
    const client = new LiveClient(api.baseUrl, token);
    clients.push(client);
    return client.subscribe(query, variables);
  };
  const subscribeRaw = async (token: string | undefined, query: string, variables: Record<string, unknown>) => {
    const socket = await RawLiveSocket.subscribe(api.baseUrl, token, query, variables);
    sockets.push(socket);
    return socket;
  };
  /** How many executions `act` and the deliveries it causes cost. */
  const executionsDuring = async (act: () => Promise<unknown>): Promise<number> => {
    const before = subscriptionCounters.executions;
    await act();
    return subscriptionCounters.executions - before;
  };

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    [asker, answerer, moderator] = await Promise.all([api.signUp('Asker'), api.signUp('Answerer'), api.signUp('Mod')]);
    await api.setRole(moderator.id, 'MODERATOR');
  });
  afterEach(async () => {
    sockets.splice(0).forEach((socket) => socket.close());
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  afterAll(() => api.close());

  it('executes an event once for plain members and signed-out subscribers alike', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId, 'Clean the charging port.');
    const members = await Promise.all([1, 2, 3, 4].map((n) => api.signUp(`Reader ${n}`)));
    const subscriptions = await Promise.all([asker, ...members, undefined, undefined, undefined].map((user) => subscribe(user?.token, ANSWER_VIEW, { q: questionId })));

    const received: unknown[] = [];
    const executions = await executionsDuring(async () => {
      await api.ok(MARK_HELPFUL, { id: answerId }, members[0].token);
      for (const subscription of subscriptions) received.push((await subscription.next()).data?.answerUpdated);
    });

    expect(executions).toBe(1);
    const expected = { id: answerId, body: 'Clean the charging port.', helpfulCount: 1, viewerCanEdit: false, moderationReason: null, author: { displayName: 'Answerer' } };
    expect(received).toEqual(subscriptions.map(() => expected));
  });

  it('gives the author of a hidden answer and staff their own view, and everyone else the placeholder', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const hiddenId = await postAnswer(api, answerer, questionId, 'Buy my charger at this link.');
    const member = await api.signUp('Reader');
    const visibleId = await postAnswer(api, member, questionId, 'Try another cable.');
    await api.ok(HIDE, { input: { answerId: hiddenId } }, moderator.token);
    const [forMember, forAnonymous, forAsker, forAuthor, forStaff] = await Promise.all(
      [member, undefined, asker, answerer, moderator].map((user) => subscribe(user?.token, THREAD_VIEW, { q: questionId })),
    );

    const answersOf = async (subscription: Subscription) => (await subscription.next()).data?.questionUpdated.answers;
    let placeholders: unknown[] = [];
    let own: unknown[] = [];
    const executions = await executionsDuring(async () => {
      await api.ok(EDIT_QUESTION, { input: { questionId, title: 'Phone charges slowly since the update' } }, asker.token);
      placeholders = [await answersOf(forMember), await answersOf(forAnonymous), await answersOf(forAsker)];
      own = [await answersOf(forAuthor), await answersOf(forStaff)];
    });

    const visible = { id: visibleId, body: 'Try another cable.', moderationReason: null };
    for (const answers of placeholders) expect(answers).toEqual(expect.arrayContaining([visible, { id: hiddenId, body: '', moderationReason: null }]));
    for (const answers of own) {
      expect(answers).toEqual(expect.arrayContaining([visible, { id: hiddenId, body: 'Buy my charger at this link.', moderationReason: expect.any(String) }]));
    }
    // The shared one, then one each for the author and the moderator.
    expect(executions).toBe(3);
  });

  it("gives each signed-in subscriber their own value of a per-viewer field, in the bytes an unshared execution sends", async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    const [voter, bystander] = await Promise.all([api.signUp('Voter'), api.signUp('Bystander')]);
    const forVoter = await subscribe(voter.token, HELPFUL_VIEW, { q: questionId });
    const forBystander = await subscribeRaw(bystander.token, HELPFUL_VIEW, { q: questionId });
    const forAnonymous = await subscribeRaw(undefined, HELPFUL_VIEW, { q: questionId });

    let bystanderMessage = '';
    let anonymousMessage = '';
    const executions = await executionsDuring(async () => {
      await api.ok(MARK_HELPFUL, { id: answerId }, voter.token);
      expect((await forVoter.next()).data?.answerUpdated).toEqual({ id: answerId, helpfulCount: 1, viewerHasMarkedHelpful: true });
      bystanderMessage = await forBystander.next();
      anonymousMessage = await forAnonymous.next();
    });

    // The bystander's message comes from an execution of their own, the anonymous one from the shared one.
    expect(executions).toBe(3);
    expect(JSON.parse(bystanderMessage)).toEqual({ id: '1', type: 'next', payload: { data: { answerUpdated: { id: answerId, helpfulCount: 1, viewerHasMarkedHelpful: false } } } });
    expect(anonymousMessage).toBe(bystanderMessage);
    expect(anonymousMessage).toBe(JSON.stringify(JSON.parse(anonymousMessage)));
  });

  it('shares who is writing among the watchers who are not, and leaves each writer out of their own count', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const [writer, reader] = await Promise.all([api.signUp('Writer'), api.signUp('Quiet reader')]);
    await api.ok(SET_COMPOSING, { q: questionId, c: true }, writer.token);
    const watchers = await Promise.all([writer, reader, asker, undefined].map((user) => subscribe(user?.token, COMPOSING, { q: questionId })));
    for (const watcher of watchers) await watcher.next();

    const received: unknown[] = [];
    const executions = await executionsDuring(async () => {
      await api.ok(SET_COMPOSING, { q: questionId, c: true }, answerer.token);
      for (const watcher of watchers) received.push((await watcher.next()).data?.composing);
    });

    const both = { count: 2, people: expect.arrayContaining([{ displayName: 'Writer' }, { displayName: 'Answerer' }]) };
    expect(received).toEqual([{ count: 1, people: [{ displayName: 'Answerer' }] }, both, both, both]);
    // The shared one, then the writer's own.
    expect(executions).toBe(2);
  });
});
