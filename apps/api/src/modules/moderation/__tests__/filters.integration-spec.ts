import { ASK, askQuestion, POST_ANSWER } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';
import { member, MY_ACTIONS, QUESTION_STATE, queueItems, staff } from './moderation-fixtures';

const ADD_WORD = `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id word action rule } }`;
const EDIT_ANSWER = `mutation($id: ID!, $body: String!) { editAnswer(input: { answerId: $id, body: $body }) { id body } }`;

describe('automatic filters', () => {
  let api: TestApp;
  let communityId: string;
  let admin: TestUser;
  let moderator: TestUser;
  let regular: TestUser;

  beforeAll(async () => {
    api = await TestApp.start({ config: { moderation: { reportsToHide: 3, newAccountHours: 24, postingRateLimits: true } } });
    communityId = await api.createCommunity();
    admin = await staff(api, 'Admin', 'ADMIN');
    moderator = await staff(api, 'Moderator');
    regular = await member(api, 'Regular', 1_000);
    for (const input of [
      { word: 'idiot', action: 'BLOCK', rule: 'Be respectful: no insults' },
      { word: 'crypto giveaway', action: 'REVIEW', rule: 'No promotions' },
      { word: 'darn', action: 'REPLACE', replacement: 'heck', rule: 'Keep it clean' },
    ]) {
      await api.ok(ADD_WORD, { input }, admin.token);
    }
  });
  afterAll(() => api.close());

  const ask = (user: TestUser, body: string, title = 'A question about my phone') =>
    api.gql(ASK, { input: { communityId, title, body } }, user.token);

  it('blocks an obfuscated insult with an error naming the rule, never the word list', async () => {
    for (const body of ['You are an idiot', 'what a 1d10t', 'i.d.i.o.t!', 'ÏDIOTS everywhere']) {
      const response = await ask(regular, body);
      expect(errorCode(response)).toBe('CONTENT_BLOCKED');
      expect(response.errors?.[0].extensions?.rule).toBe('Be respectful: no insults');
      expect(response.errors?.[0].message).toContain('Be respectful: no insults');
      expect(response.errors?.[0].message).not.toMatch(/idiot/i);
    }
    const questionId = await askQuestion(api, regular, communityId);
    const answer = await api.ok(POST_ANSWER, { input: { questionId, body: 'A polite answer' } }, regular.token);
    expect(errorCode(await api.gql(EDIT_ANSWER, { id: answer.postAnswer.id, body: 'Edited to say id!0t' }, regular.token))).toBe('CONTENT_BLOCKED');
    expect((await ask(regular, 'An idiom is fine')).errors).toBeUndefined();
  });

  it('replaces watched words in the stored markdown', async () => {
    const { askQuestion } = await api.ok(
      ASK,
      { input: { communityId, title: 'Darn thing will not boot', body: 'This **darn** phone, d4rn it.' } },
      regular.token,
    );
    const { question } = await api.ok(`query($id: ID!) { question(id: $id) { title body bodyHtml } }`, { id: askQuestion.id });
    expect(question.title).toBe('heck thing will not boot');
    expect(question.body).toBe('This **heck** phone, heck it.');
    expect(question.bodyHtml).toContain('<strong>heck</strong>');
  });

  it('holds a post with a review word for the queue instead of publishing it', async () => {
    const { askQuestion: held } = await api.ok(
      ASK,
      { input: { communityId, title: 'Free coins for everyone', body: 'Join my CRYPTO  giveaway now' } },
      regular.token,
    );
    expect((await api.ok(QUESTION_STATE, { id: held.id })).question).toBeNull();
    expect((await api.ok(QUESTION_STATE, { id: held.id }, regular.token)).question).toMatchObject({
      moderationState: 'PENDING_REVIEW',
      moderationReason: 'PENDING_REVIEW',
    });
    const [item] = (await queueItems(api, moderator, { kinds: ['PRE_MODERATED'] })).filter((i: { targetId: string }) => i.targetId === held.id);
    expect(item.holdReason).toBe('Watched word (rule "No promotions")');
    expect((await api.ok(MY_ACTIONS, {}, regular.token)).myModerationActions[0]).toMatchObject({ action: 'HOLD_POST', question: { id: held.id } });

    await api.ok(`mutation($id: ID) { approvePost(input: { questionId: $id }) { __typename } }`, { id: held.id }, moderator.token);
    expect((await api.ok(QUESTION_STATE, { id: held.id })).question.moderationState).toBe('VISIBLE');
  });

  it('holds links from accounts under a day old at level 1, and lets others post them', async () => {
    const newcomer = await member(api, 'Newcomer');
    const { askQuestion: held } = await api.ok(
      ASK,
      { input: { communityId, title: 'Is this site legit?', body: 'See https://example.com/deal' } },
      newcomer.token,
    );
    expect((await api.ok(QUESTION_STATE, { id: held.id }, newcomer.token)).question.moderationState).toBe('PENDING_REVIEW');
    const [item] = (await queueItems(api, moderator)).filter((i: { targetId: string }) => i.targetId === held.id);
    expect(item).toMatchObject({ kind: 'PRE_MODERATED', holdReason: 'Link from a new account' });

    const { askQuestion: published } = await api.ok(
      ASK,
      { input: { communityId, title: 'Is this site legit too?', body: 'See https://example.com/deal' } },
      regular.token,
    );
    expect((await api.ok(QUESTION_STATE, { id: published.id })).question.moderationState).toBe('VISIBLE');
    await api.dataSource.query(`UPDATE users SET created_at = now() - interval '25 hours' WHERE id = $1`, [newcomer.id]);
    const { askQuestion: later } = await api.ok(
      ASK,
      { input: { communityId, title: 'Another site to check', body: 'www.example.org' } },
      newcomer.token,
    );
    expect((await api.ok(QUESTION_STATE, { id: later.id })).question.moderationState).toBe('VISIBLE');
  });

  it('answers RATE_LIMITED with the wait once a level 1 member has asked 3 questions in the hour; staff have no limit', async () => {
    const eager = await member(api, 'Eager');
    for (let i = 0; i < 3; i++) expect((await ask(eager, `Question number ${i}`)).errors).toBeUndefined();
    await api.dataSource.query(
      `UPDATE questions SET created_at = now() - interval '20 minutes' WHERE id = (SELECT min(id) FROM questions WHERE author_id = $1)`,
      [eager.id],
    );

    const refused = await ask(eager, 'One too many');
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    const wait = refused.errors?.[0].extensions?.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(39 * 60);
    expect(wait).toBeLessThanOrEqual(40 * 60);
    expect(refused.errors?.[0].message).toMatch(/try again in 40 minutes/);

    const questionId = await askQuestion(api, regular, communityId);
    for (let i = 0; i < 10; i++)
      expect((await api.gql(POST_ANSWER, { input: { questionId, body: `Answer ${i}` } }, eager.token)).errors).toBeUndefined();
    expect(errorCode(await api.gql(POST_ANSWER, { input: { questionId, body: 'Answer 11' } }, eager.token))).toBe('RATE_LIMITED');

    for (let i = 0; i < 4; i++) expect((await ask(moderator, `Staff question ${i}`)).errors).toBeUndefined();
  });

  it('lists the words for staff and lets admins stop watching one', async () => {
    const { watchedWords } = await api.ok(`{ watchedWords { id word action rule } }`, {}, moderator.token);
    expect(watchedWords.map((w: { word: string }) => w.word).sort()).toEqual(['crypto giveaway', 'darn', 'idiot']);
    const idiot = watchedWords.find((w: { word: string }) => w.word === 'idiot');
    await api.ok(`mutation($id: ID!) { removeWatchedWord(id: $id) { id } }`, { id: idiot.id }, admin.token);
    expect((await ask(regular, 'Now idiot passes')).errors).toBeUndefined();
    expect(errorCode(await api.gql(ADD_WORD, { input: { word: 'Darn', action: 'BLOCK', rule: 'Twice' } }, admin.token))).toBe('BAD_USER_INPUT');
  });
});
