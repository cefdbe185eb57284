import { LIVE_CLOSE_CODES } from '@agora/shared';
import { PubSubEngine } from 'graphql-subscriptions';
import { AfterCommitPublisher } from '../../../core/pubsub/after-commit-publisher';
import { PUB_SUB } from '../../../core/pubsub/pubsub.token';
import { TopicFanOut, TopicWatch } from '../../../core/pubsub/topic-fan-out';
import { ACCEPT, askQuestion, MARK_HELPFUL, postAnswer } from '../../../testing/fixtures';
import { LiveClient } from '../../../testing/live-client';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';

const ANSWER_POSTED = `subscription($q: ID!) { answerPosted(questionId: $q) { id body createdAt author { displayName } } }`;
const ANSWER_UPDATED = `subscription($q: ID!) { answerUpdated(questionId: $q) { id helpfulCount body removedAt } }`;
const QUESTION_UPDATED = `subscription($q: ID!) { questionUpdated(questionId: $q) { id title isSolved solution { id } } }`;
const NOTIFICATION_RECEIVED = `subscription { notificationReceived { type actorCount question { id } answer { id } } }`;
const COMPOSING = `subscription($q: ID!) { composing(questionId: $q) { count people { displayName } } }`;
const SET_COMPOSING = `mutation($q: ID!, $c: Boolean!) { setComposing(questionId: $q, composing: $c) }`;
const REMOVE = `mutation($input: RemovePostInput!) { removePost(input: $input) { __typename } }`;

describe('live updates over graphql-ws', () => {
  let api: TestApp;
  let asker: TestUser;
  let answerer: TestUser;
  let watcher: TestUser;
  let moderator: TestUser;
  let communityId: string;
  const clients: LiveClient[] = [];
  const connect = (token?: string) => {
    const client = new LiveClient(api.baseUrl, token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    api = await TestApp.start();
    communityId = await api.createCommunity();
    [asker, answerer, watcher, moderator] = await Promise.all([api.signUp('Asker'), api.signUp('Answerer'), api.signUp('Watcher'), api.signUp('Mod')]);
    await api.setRole(moderator.id, 'MODERATOR');
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  afterAll(() => api.close());

  it('delivers a new answer, with its fields and a real DateTime, to anyone watching that question only', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const otherQuestion = await askQuestion(api, asker, communityId);
    const anonymous = await connect().subscribe(ANSWER_POSTED, { q: questionId });
    const signedIn = await connect(watcher.token).subscribe(ANSWER_POSTED, { q: questionId });
    const elsewhere = await connect().subscribe(ANSWER_POSTED, { q: otherQuestion });

    const answerId = await postAnswer(api, answerer, questionId, 'Reset the network settings.');

    for (const subscription of [anonymous, signedIn]) {
      const { data } = await subscription.next();
      expect(data?.answerPosted).toMatchObject({ id: answerId, body: 'Reset the network settings.', author: { displayName: 'Answerer' } });
      expect(Number.isNaN(Date.parse(data?.answerPosted.createdAt))).toBe(false);
    }
    await elsewhere.expectNothing();
  });

  it('stops delivering to a subscription its client completed, and stops listening once nobody watches', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const topicsBefore = api.app.get(TopicFanOut).topicCount;
    const direct = jest.spyOn(TopicWatch.prototype, 'consumeWith');
    const client = connect(watcher.token);
    const kept = await client.subscribe(ANSWER_POSTED, { q: questionId });
    const completed = await client.subscribe(ANSWER_POSTED, { q: questionId });
    expect(api.app.get(TopicFanOut).topicCount).toBe(topicsBefore + 1);
    // Both are written by the fan-out itself, not through graphql-ws's loop.
    expect(direct).toHaveBeenCalledTimes(2);
    direct.mockRestore();

    completed.dispose();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const answerId = await postAnswer(api, answerer, questionId);
    expect((await kept.next()).data?.answerPosted.id).toBe(answerId);
    await completed.expectNothing();

    kept.dispose();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.app.get(TopicFanOut).topicCount).toBe(topicsBefore);
  });

  it('sends nothing about a removed question except to its author and staff', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    await api.ok(REMOVE, { input: { questionId, reason: 'SPAM' } }, moderator.token);
    const member = await connect(watcher.token).subscribe(ANSWER_POSTED, { q: questionId });
    const anonymous = await connect().subscribe(ANSWER_POSTED, { q: questionId });
    const author = await connect(asker.token).subscribe(ANSWER_POSTED, { q: questionId });
    const staff = await connect(moderator.token).subscribe(ANSWER_POSTED, { q: questionId });

    const answerId = await postAnswer(api, moderator, questionId, 'Removed for spam.');

    expect((await staff.next()).data?.answerPosted.id).toBe(answerId);
    expect((await author.next()).data?.answerPosted.id).toBe(answerId);
    await member.expectNothing();
    await anonymous.expectNothing();
  });

  it('delivers helpful counts as they change, and hides a removed answer from other members', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    const member = await connect(watcher.token).subscribe(ANSWER_UPDATED, { q: questionId });
    const author = await connect(answerer.token).subscribe(ANSWER_UPDATED, { q: questionId });

    await api.ok(MARK_HELPFUL, { id: answerId }, asker.token);
    expect((await member.next()).data?.answerUpdated).toMatchObject({ id: answerId, helpfulCount: 1, removedAt: null });
    expect((await author.next()).data?.answerUpdated.helpfulCount).toBe(1);

    await api.ok(REMOVE, { input: { answerId, reason: 'OFF_TOPIC' } }, moderator.token);
    expect((await author.next()).data?.answerUpdated.removedAt).not.toBeNull();
    await member.expectNothing();
  });

  it('delivers question changes: an accepted solution, then an edit', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);
    const subscription = await connect().subscribe(QUESTION_UPDATED, { q: questionId });

    await api.ok(ACCEPT, { id: answerId }, asker.token);
    expect((await subscription.next()).data?.questionUpdated).toEqual({ id: questionId, title: expect.any(String), isSolved: true, solution: { id: answerId } });

    await api.ok(`mutation($input: EditQuestionInput!) { editQuestion(input: $input) { id } }`, { input: { questionId, title: 'Phone stops charging at 80 percent' } }, asker.token);
    expect((await subscription.next()).data?.questionUpdated.title).toBe('Phone stops charging at 80 percent');
  });

  it('tells readers of a thread when staff lock it and when they merge it into another', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const originalId = await askQuestion(api, watcher, communityId);
    const subscription = await connect().subscribe(`subscription($q: ID!) { questionUpdated(questionId: $q) { id isLocked mergedInto { id } } }`, { q: questionId });

    await api.ok(`mutation($id: ID!) { lockThread(questionId: $id) { id } }`, { id: questionId }, moderator.token);
    expect((await subscription.next()).data?.questionUpdated).toEqual({ id: questionId, isLocked: true, mergedInto: null });

    await api.ok(`mutation($input: MergeQuestionInput!) { mergeQuestion(input: $input) { id } }`, { input: { questionId, intoQuestionId: originalId } }, moderator.token);
    expect((await subscription.next()).data?.questionUpdated).toEqual({ id: questionId, isLocked: true, mergedInto: { id: originalId } });
  });

  it('delivers notifications only to the signed-in member they belong to', async () => {
    const refused = await connect().subscribe(NOTIFICATION_RECEIVED);
    expect(errorCode(await refused.next())).toBe('UNAUTHENTICATED');
    const own = await connect(asker.token).subscribe(NOTIFICATION_RECEIVED);
    const someoneElse = await connect(watcher.token).subscribe(NOTIFICATION_RECEIVED);

    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, answerer, questionId);

    expect((await own.next()).data?.notificationReceived).toEqual({ type: 'NEW_ANSWER', actorCount: 1, question: { id: questionId }, answer: { id: answerId } });
    await someoneElse.expectNothing();
  });

  it('tells the author live each time their answer is marked helpful, counting the members who did', async () => {
    const author = await api.signUp();
    const questionId = await askQuestion(api, asker, communityId);
    const answerId = await postAnswer(api, author, questionId);
    const own = await connect(author.token).subscribe(NOTIFICATION_RECEIVED);

    await api.ok(MARK_HELPFUL, { id: answerId }, watcher.token);
    expect((await own.next()).data?.notificationReceived).toEqual({ type: 'ANSWER_HELPFUL', actorCount: 1, question: { id: questionId }, answer: { id: answerId } });
    await api.ok(MARK_HELPFUL, { id: answerId }, moderator.token);
    expect((await own.next()).data?.notificationReceived).toEqual({ type: 'ANSWER_HELPFUL', actorCount: 2, question: { id: questionId }, answer: { id: answerId } });
  });

  it('shows who is writing an answer, without counting the viewer, until they stop', async () => {
    const questionId = await askQuestion(api, asker, communityId);
    const viewer = await connect(watcher.token).subscribe(COMPOSING, { q: questionId });
    expect((await viewer.next()).data?.composing).toEqual({ count: 0, people: [] });

    await api.ok(SET_COMPOSING, { q: questionId, c: true }, answerer.token);
    expect((await viewer.next()).data?.composing).toEqual({ count: 1, people: [{ displayName: 'Answerer' }] });
    await api.ok(SET_COMPOSING, { q: questionId, c: true }, watcher.token);
    expect((await viewer.next()).data?.composing).toEqual({ count: 1, people: [{ displayName: 'Answerer' }] });
    // A heartbeat from someone already writing changes nothing.
    await api.ok(SET_COMPOSING, { q: questionId, c: true }, answerer.token);
    await viewer.expectNothing(300);

    await postAnswer(api, answerer, questionId);
    expect((await viewer.next()).data?.composing).toEqual({ count: 0, people: [] });
    expect(errorCode(await api.gql(SET_COMPOSING, { q: questionId, c: true }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a socket whose token is not valid with 4403', async () => {
    const client = connect('not-a-token');
    await expect(client.subscribe(ANSWER_POSTED, { q: '1' })).resolves.toBeDefined();
    expect((await client.closed).code).toBe(LIVE_CLOSE_CODES.FORBIDDEN);
  });

  it('stops delivering to a member whose account was deleted', async () => {
    const leaving = await api.signUp('Leaving');
    const questionId = await askQuestion(api, asker, communityId);
    const subscription = await connect(leaving.token).subscribe(ANSWER_POSTED, { q: questionId });
    await api.dataSource.query('DELETE FROM users WHERE id = $1', [leaving.id]);

    await postAnswer(api, answerer, questionId);
    await subscription.expectNothing();
  });

  it('stops delivering to a member while they are suspended, and starts again once reinstated', async () => {
    const suspended = await api.signUp('Suspended');
    const questionId = await askQuestion(api, asker, communityId);
    const subscription = await connect(suspended.token).subscribe(ANSWER_POSTED, { q: questionId });
    const until = new Date(Date.now() + 86_400_000).toISOString();
    await api.ok(`mutation($id: ID!, $until: DateTime!) { suspendUser(input: { userId: $id, until: $until, reason: "Abuse" }) { id } }`, { id: suspended.id, until }, moderator.token);

    await postAnswer(api, answerer, questionId);
    await subscription.expectNothing();

    await api.ok(`mutation($id: ID!) { reinstateUser(input: { userId: $id }) { id } }`, { id: suspended.id }, moderator.token);
    const answerId = await postAnswer(api, watcher, questionId);
    expect((await subscription.next()).data?.answerPosted.id).toBe(answerId);
  });

  it('publishes an event only when its transaction commits', async () => {
    const publisher = api.app.get(AfterCommitPublisher);
    const pubsub = api.app.get<PubSubEngine>(PUB_SUB);
    const heard: unknown[] = [];
    const id = await pubsub.subscribe('test-topic', (payload: unknown) => heard.push(payload), {});

    await expect(
      api.dataSource.transaction(async (manager) => {
        publisher.publish(manager, 'test-topic', { n: 1 });
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(heard).toEqual([]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await api.dataSource.transaction(async (manager) => publisher.publish(manager, 'test-topic', { n: 2 }));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(heard).toEqual([{ n: 2 }]);
    pubsub.unsubscribe(id);
  });
});
