import { GraphQLSchemaHost } from '@nestjs/graphql';
import { askQuestion, MARK_HELPFUL, postAnswer, UNMARK_HELPFUL } from '../../../testing/fixtures';
import { TestApp, TestUser } from '../../../testing/test-app';
import { MY_ACTIONS } from '../../../modules/moderation/__tests__/moderation-fixtures';
import { ANONYMOUS_CACHE, WriteEffect } from '../anonymous-cache.decorators';
import { cached, seen } from './anonymous-reads';

// What the web app's pages ask, trimmed to the fields these tests look at.
const PAGE = `query($id: ID!) { question(id: $id) {
  id title body tags meTooCount helpfulCount isSolved isLocked isPinned moderationState answerCount
  community { id } mergedInto { id } author { id displayName level }
  answers { id body helpfulCount isSolution recommendedAt moderationState author { id displayName level } } } }`;
const LIST = `query($c: ID, $answered: Boolean, $solved: Boolean, $tag: String, $kind: PostKind) {
  questions(communityId: $c, answered: $answered, solved: $solved, tag: $tag, kind: $kind, first: 100) {
    totalCount edges { node { id title answerCount meTooCount helpfulCount isSolved isPinned author { id level } } } } }`;
/** The newest question only, and how many there are: the moves of older questions show only in the count. */
const NEWEST = `query($c: ID) { questions(communityId: $c, first: 1) { totalCount edges { node { id } } } }`;
const COMMUNITIES = `{ communities { id questionCount solvedCount } }`;
const PROFILE = `query($id: ID!) { user(id: $id) { id role level reputation questionCount answerCount solutionCount helpfulCount badges { badge { id } } } }`;
const SEARCH = `query($q: String!) { search(query: $q, first: 20) { totalCount edges { node { score question { id title } } } } }`;
const LEADERBOARD = `{ leaderboard(first: 100) { rank points user { id } } }`;
const BADGES = `{ badges { id holderCount holders(first: 100) { id } } }`;

const listIds = (data: any): string[] => data.questions.edges.map((e: { node: { id: string } }) => e.node.id);
const communityStats = (data: any, id: string) => data.communities.find((c: { id: string }) => c.id === id);

describe('the anonymous read cache, invalidated by what each write changes', () => {
  let api: TestApp;
  let phones: string;
  let wifi: string;
  let asker: TestUser;
  let answerer: TestUser;
  let voter: TestUser;
  let moderator: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    api = await TestApp.start({ config: { anonymousCacheTtlMs: 60_000 } });
    [phones, wifi] = [await api.createCommunity(), await api.createCommunity()];
    [asker, answerer, voter] = [await api.signUp('Asker'), await api.signUp('Answerer'), await api.signUp('Voter')];
    [moderator, admin] = [await api.signUp('Moderator'), await api.signUp('Admin')];
    await api.setRole(moderator.id, 'MODERATOR');
    await api.setRole(admin.id, 'ADMIN');
  });
  afterAll(() => api.close());

  async function thread(communityId = phones, title = 'My phone will not charge past 80%') {
    const questionId = await askQuestion(api, asker, communityId, { title });
    const answerId = await postAnswer(api, answerer, questionId);
    return { questionId, answerId };
  }

  it('says for every mutation what it does to the cache', () => {
    const mutations = Object.values(api.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {});
    const undecided = mutations.filter((field) => (field.extensions[ANONYMOUS_CACHE] as WriteEffect | undefined)?.invalidates === undefined);
    expect(undecided.map((field) => field.name)).toEqual([]);
  });

  it('drops the page of the question a write changed, with the new data, and keeps the page of another', async () => {
    const a = await thread();
    const b = await thread();
    await cached(api, PAGE, { id: a.questionId });
    await cached(api, PAGE, { id: b.questionId });

    await postAnswer(api, voter, a.questionId, 'Try another cable.');

    const pageA = await seen(api, PAGE, { id: a.questionId }, 'miss');
    expect(pageA.question.answers.map((answer: { body: string }) => answer.body)).toContain('Try another cable.');
    expect(pageA.question.answerCount).toBe(2);
    await seen(api, PAGE, { id: b.questionId }, 'hit');
  });

  it('refreshes the lists and counts of the community a question is asked in, and keeps another community\'s', async () => {
    await thread(phones);
    const { questionId: latest } = await thread(wifi);
    const nextId = String(Number(latest) + 1);
    expect((await cached(api, PAGE, { id: nextId })).question).toBeNull();
    await cached(api, LIST, { c: phones });
    await cached(api, LIST, { c: wifi });
    await cached(api, LIST, {});
    await cached(api, COMMUNITIES);

    const before = communityStats(await seen(api, COMMUNITIES, {}, 'hit'), phones).questionCount;
    const asked = await askQuestion(api, asker, phones, { title: 'Screen flickers at low brightness' });

    expect(listIds(await seen(api, LIST, { c: phones }, 'miss'))[0]).toBe(asked);
    expect(listIds(await seen(api, LIST, {}, 'miss'))[0]).toBe(asked);
    expect(communityStats(await seen(api, COMMUNITIES, {}, 'miss'), phones).questionCount).toBe(before + 1);
    await seen(api, LIST, { c: wifi }, 'hit');
    // The page cached as "no such question" for its id is dropped too.
    expect(asked).toBe(nextId);
    expect((await seen(api, PAGE, { id: asked }, 'miss')).question.title).toBe('Screen flickers at low brightness');
  });

  it('takes a question out of the unanswered lists at its first answer only', async () => {
    const questionId = await askQuestion(api, asker, wifi, { title: 'Router drops every hour' });
    expect(listIds(await cached(api, LIST, { answered: false }))).toContain(questionId);
    await cached(api, LIST, { c: wifi, answered: false });

    await postAnswer(api, answerer, questionId);
    expect(listIds(await seen(api, LIST, { answered: false }, 'miss'))).not.toContain(questionId);
    expect(listIds(await seen(api, LIST, { c: wifi, answered: false }, 'miss'))).not.toContain(questionId);

    await cached(api, LIST, { answered: false });
    await postAnswer(api, voter, questionId, 'A second answer.');
    await seen(api, LIST, { answered: false }, 'hit');
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.answerCount).toBe(2);
  });

  it('shows helpful marks on the page, the points on the profile, the search ranking and the leaderboard; the level next to every post only when it changes', async () => {
    const member = await api.signUp('Nearly Level Two');
    await api.importReputation(member.id, 130);
    const a = await askQuestion(api, asker, phones, { title: 'Bluetooth headphones keep disconnecting' });
    const b = await askQuestion(api, asker, phones, { title: 'Speaker crackles at full volume' });
    const answerId = await postAnswer(api, member, a); // 138 points with the first answer's bonus
    await postAnswer(api, member, b);
    await cached(api, PAGE, { id: a });
    await cached(api, PAGE, { id: b });
    await cached(api, PROFILE, { id: member.id });
    await cached(api, SEARCH, { q: 'bluetooth headphones' });
    await cached(api, LEADERBOARD);

    await api.ok(MARK_HELPFUL, { id: answerId }, voter.token); // 144: still level 1
    expect((await seen(api, PAGE, { id: a }, 'miss')).question.answers[0].helpfulCount).toBe(1);
    expect((await seen(api, PROFILE, { id: member.id }, 'miss')).user).toMatchObject({ reputation: 144, level: 1, helpfulCount: 1 });
    await seen(api, SEARCH, { q: 'bluetooth headphones' }, 'miss');
    const leader = (await seen(api, LEADERBOARD, {}, 'miss')).leaderboard.find((entry: { user: { id: string } }) => entry.user.id === member.id);
    expect(leader.points).toBe(144);
    expect((await seen(api, PAGE, { id: b }, 'hit')).question.answers[0].author.level).toBe(1);

    await api.ok(MARK_HELPFUL, { id: answerId }, asker.token); // 150: level 2, shown on page b too
    expect((await seen(api, PAGE, { id: b }, 'miss')).question.answers[0].author.level).toBe(2);
    await cached(api, PAGE, { id: b });

    await api.ok(UNMARK_HELPFUL, { id: answerId }, asker.token); // 144: back to level 1
    expect((await seen(api, PAGE, { id: a }, 'miss')).question.answers[0].helpfulCount).toBe(1);
    expect((await seen(api, PAGE, { id: b }, 'miss')).question.answers[0].author.level).toBe(1);
    expect((await seen(api, PROFILE, { id: member.id }, 'miss')).user.reputation).toBe(144);
  });

  it('shows an accepted solution and its withdrawal on the page, the solved lists, the community counts and the profile', async () => {
    const { questionId, answerId } = await thread(wifi, 'Mesh node will not pair');
    await cached(api, PAGE, { id: questionId });
    await cached(api, LIST, { c: wifi, solved: true });
    await cached(api, COMMUNITIES);
    const profile = await cached(api, PROFILE, { id: answerer.id });
    const solvedBefore = communityStats(await seen(api, COMMUNITIES, {}, 'hit'), wifi).solvedCount;

    await api.ok(`mutation($id: ID!) { acceptSolution(answerId: $id) { id } }`, { id: answerId }, asker.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question).toMatchObject({ isSolved: true, answers: [{ isSolution: true }] });
    expect(listIds(await seen(api, LIST, { c: wifi, solved: true }, 'miss'))).toContain(questionId);
    expect(communityStats(await seen(api, COMMUNITIES, {}, 'miss'), wifi).solvedCount).toBe(solvedBefore + 1);
    expect((await seen(api, PROFILE, { id: answerer.id }, 'miss')).user.solutionCount).toBe(profile.user.solutionCount + 1);

    await api.ok(`mutation($id: ID!) { unacceptSolution(questionId: $id) { id } }`, { id: questionId }, asker.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.isSolved).toBe(false);
    expect(listIds(await seen(api, LIST, { c: wifi, solved: true }, 'miss'))).not.toContain(questionId);
    expect((await seen(api, PROFILE, { id: answerer.id }, 'miss')).user.solutionCount).toBe(profile.user.solutionCount);

    // Staff may accept their own answer, which earns no points: the count changes all the same.
    const own = await postAnswer(api, moderator, questionId, 'Reset the mesh from the app.');
    const staffProfile = await cached(api, PROFILE, { id: moderator.id });
    await api.ok(`mutation($id: ID!) { acceptSolution(answerId: $id) { id } }`, { id: own }, moderator.token);
    expect((await seen(api, PROFILE, { id: moderator.id }, 'miss')).user.solutionCount).toBe(staffProfile.user.solutionCount + 1);
    await cached(api, PROFILE, { id: moderator.id });
    await api.ok(`mutation($id: ID!) { acceptSolution(answerId: $id) { id } }`, { id: answerId }, asker.token);
    expect((await seen(api, PROFILE, { id: moderator.id }, 'miss')).user.solutionCount).toBe(staffProfile.user.solutionCount);
  });

  it('shows "me too" counts on the page and in the lists', async () => {
    const { questionId } = await thread(phones, 'Camera app freezes');
    await cached(api, PAGE, { id: questionId });
    await cached(api, LIST, { c: phones });

    await api.ok(`mutation($id: ID!) { addMeToo(questionId: $id) { id } }`, { id: questionId }, voter.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.meTooCount).toBe(1);
    const inList = (await seen(api, LIST, { c: phones }, 'miss')).questions.edges.find((e: { node: { id: string } }) => e.node.id === questionId);
    expect(inList.node.meTooCount).toBe(1);

    await api.ok(`mutation($id: ID!) { removeMeToo(questionId: $id) { id } }`, { id: questionId }, voter.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.meTooCount).toBe(0);
  });

  it('shows a new User Tip in the tip lists, and its helpful marks on its page and its author\'s profile', async () => {
    const writer = await api.signUp('Tip Writer');
    await api.importReputation(writer.id, 4_000); // level 5
    await cached(api, LIST, { kind: 'USER_TIP' });
    const { writeUserTip } = await api.ok(
      `mutation($input: AskQuestionInput!) { writeUserTip(input: $input) { id } }`,
      { input: { communityId: phones, title: 'Calibrate the battery in three steps', body: 'Drain, charge, restart.' } },
      writer.token,
    );
    expect(listIds(await seen(api, LIST, { kind: 'USER_TIP' }, 'miss'))).toContain(writeUserTip.id);
    await cached(api, PAGE, { id: writeUserTip.id });
    const profile = await cached(api, PROFILE, { id: writer.id });

    await api.ok(`mutation($id: ID!) { markTipHelpful(tipId: $id) { id } }`, { id: writeUserTip.id }, voter.token);
    expect((await seen(api, PAGE, { id: writeUserTip.id }, 'miss')).question.helpfulCount).toBe(1);
    expect((await seen(api, PROFILE, { id: writer.id }, 'miss')).user).toMatchObject({ helpfulCount: 1, reputation: profile.user.reputation + 10 });

    await cached(api, PAGE, { id: writeUserTip.id });
    await api.ok(`mutation($id: ID!) { unmarkTipHelpful(tipId: $id) { id } }`, { id: writeUserTip.id }, voter.token);
    expect((await seen(api, PAGE, { id: writeUserTip.id }, 'miss')).question.helpfulCount).toBe(0);
  });

  it('shows edits of questions and answers on the page, in the lists, the tag lists and the search', async () => {
    const { questionId, answerId } = await thread(wifi, 'Printer offline after update');
    await cached(api, PAGE, { id: questionId });
    await cached(api, LIST, { c: wifi, tag: 'printing' });
    await cached(api, SEARCH, { q: 'printer' });

    await api.ok(
      `mutation($id: ID!) { editQuestion(input: { questionId: $id, title: "Printer offline after the firmware update", tags: ["printing"] }) { id } }`,
      { id: questionId },
      asker.token,
    );
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.title).toBe('Printer offline after the firmware update');
    expect(listIds(await seen(api, LIST, { c: wifi, tag: 'printing' }, 'miss'))).toEqual([questionId]);
    expect((await seen(api, SEARCH, { q: 'printer' }, 'miss')).search.edges.map((e: any) => e.node.question.title)).toContain(
      'Printer offline after the firmware update',
    );

    await cached(api, PAGE, { id: questionId });
    await api.ok(`mutation($id: ID!) { editAnswer(input: { answerId: $id, body: "Reinstall the driver." }) { id } }`, { id: answerId }, answerer.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.answers[0].body).toBe('Reinstall the driver.');
  });

  it('shows hiding, approving, removing and restoring posts on the page, the lists and the author\'s profile', async () => {
    const { questionId, answerId } = await thread(phones, 'Face unlock stopped working');
    await cached(api, PAGE, { id: questionId });
    await api.ok(`mutation($id: ID) { hidePost(input: { answerId: $id }) { __typename } }`, { id: answerId }, moderator.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.answers[0]).toMatchObject({ moderationState: 'HIDDEN', body: '' });
    await cached(api, PAGE, { id: questionId });
    await api.ok(`mutation($id: ID) { approvePost(input: { answerId: $id }) { __typename } }`, { id: answerId }, moderator.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.answers[0]).toMatchObject({ moderationState: 'VISIBLE' });

    await cached(api, PAGE, { id: questionId });
    await cached(api, LIST, { c: phones });
    await cached(api, LIST, { c: phones, answered: false });
    const profile = await cached(api, PROFILE, { id: answerer.id });
    await api.ok(`mutation($id: ID) { removePost(input: { answerId: $id, reason: OFF_TOPIC }) { __typename } }`, { id: answerId }, moderator.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question).toMatchObject({ answers: [], answerCount: 0 });
    expect(listIds(await seen(api, LIST, { c: phones, answered: false }, 'miss'))).toContain(questionId);
    expect((await seen(api, PROFILE, { id: answerer.id }, 'miss')).user.answerCount).toBe(profile.user.answerCount - 1);

    await cached(api, LIST, { c: phones });
    await api.ok(`mutation($id: ID) { removePost(input: { questionId: $id, reason: SPAM }) { __typename } }`, { id: questionId }, moderator.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question).toBeNull();
    expect(listIds(await seen(api, LIST, { c: phones }, 'miss'))).not.toContain(questionId);

    await cached(api, PAGE, { id: questionId });
    await api.ok(`mutation($id: ID) { restorePost(questionId: $id) { __typename } }`, { id: questionId }, moderator.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.id).toBe(questionId);
    expect(listIds(await seen(api, LIST, { c: phones }, 'miss'))).toContain(questionId);
  });

  it('hides a post reported by enough members, and shows it again when its author wins the appeal', async () => {
    const { questionId, answerId } = await thread(wifi, 'Hotspot will not share');
    const reporters = [await api.signUp('Reporter 1'), await api.signUp('Reporter 2'), await api.signUp('Reporter 3')];
    await cached(api, PAGE, { id: questionId });
    for (const reporter of reporters) {
      await api.ok(`mutation($id: ID) { submitReport(input: { answerId: $id, reason: SPAM }) { id } }`, { id: answerId }, reporter.token);
    }
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.answers[0].moderationState).toBe('HIDDEN');

    await api.ok(`mutation($id: ID) { removePost(input: { answerId: $id, reason: SPAM }) { __typename } }`, { id: answerId }, moderator.token);
    expect((await cached(api, PAGE, { id: questionId })).question.answers).toEqual([]);
    const removal = (await api.ok(MY_ACTIONS, {}, answerer.token)).myModerationActions.find(
      (action: { action: string; question: { id: string } | null }) => action.action === 'REMOVE_POST' && action.question?.id === questionId,
    );
    const { appealModerationAction } = await api.ok(
      `mutation($id: ID!) { appealModerationAction(input: { actionId: $id, message: "It was a genuine fix." }) { id } }`,
      { id: removal.id },
      answerer.token,
    );
    await seen(api, PAGE, { id: questionId }, 'hit'); // appealing changes nothing public
    await api.ok(`mutation($id: ID!) { resolveAppeal(input: { appealId: $id, grant: true }) { granted } }`, { id: appealModerationAction.id }, admin.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.answers).toMatchObject([{ id: answerId, moderationState: 'VISIBLE' }]);
  });

  it('shows locking, pinning, moving, merging and recommending on the pages and lists concerned', async () => {
    const { questionId, answerId } = await thread(phones, 'Phone restarts at night');
    await cached(api, PAGE, { id: questionId });
    await api.ok(`mutation($id: ID!) { lockThread(questionId: $id) { id } }`, { id: questionId }, moderator.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.isLocked).toBe(true);
    await cached(api, PAGE, { id: questionId });
    await api.ok(`mutation($id: ID!) { unlockThread(questionId: $id) { id } }`, { id: questionId }, moderator.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.isLocked).toBe(false);

    const older = (await cached(api, LIST, { c: phones })).questions.edges.at(-1).node.id;
    await api.ok(`mutation($id: ID!) { pinQuestion(questionId: $id) { id } }`, { id: older }, moderator.token);
    expect(listIds(await seen(api, LIST, { c: phones }, 'miss'))[0]).toBe(older);
    await cached(api, LIST, { c: phones });
    await api.ok(`mutation($id: ID!) { unpinQuestion(questionId: $id) { id } }`, { id: older }, moderator.token);
    expect(listIds(await seen(api, LIST, { c: phones }, 'miss'))[0]).not.toBe(older);

    await cached(api, PAGE, { id: questionId });
    await api.ok(`mutation($id: ID!) { recommendAnswer(answerId: $id) { id } }`, { id: answerId }, moderator.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.answers[0].recommendedAt).not.toBeNull();
    await cached(api, PAGE, { id: questionId });
    await api.ok(`mutation($id: ID!) { unrecommendAnswer(answerId: $id) { id } }`, { id: answerId }, moderator.token);
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.answers[0].recommendedAt).toBeNull();

    await cached(api, LIST, { c: phones });
    await cached(api, LIST, { c: wifi });
    await askQuestion(api, asker, phones, { title: 'Newer than the one moved' });
    const totalBefore = (await cached(api, NEWEST, { c: phones })).questions.totalCount;
    await api.ok(`mutation($id: ID!, $c: ID!) { moveQuestion(input: { questionId: $id, communityId: $c }) { id } }`, { id: questionId, c: wifi }, moderator.token);
    expect(listIds(await seen(api, LIST, { c: phones }, 'miss'))).not.toContain(questionId);
    expect(listIds(await seen(api, LIST, { c: wifi }, 'miss'))).toContain(questionId);
    expect((await seen(api, NEWEST, { c: phones }, 'miss')).questions.totalCount).toBe(totalBefore - 1);

    const duplicate = await thread(wifi, 'Phone restarts overnight');
    await cached(api, PAGE, { id: duplicate.questionId });
    await cached(api, PAGE, { id: questionId });
    await cached(api, LIST, { c: wifi });
    await api.ok(
      `mutation($id: ID!, $into: ID!) { mergeQuestion(input: { questionId: $id, intoQuestionId: $into }) { id } }`,
      { id: duplicate.questionId, into: questionId },
      moderator.token,
    );
    expect((await seen(api, PAGE, { id: duplicate.questionId }, 'miss')).question.mergedInto).toEqual({ id: questionId });
    expect((await seen(api, PAGE, { id: questionId }, 'miss')).question.answers.map((a: { id: string }) => a.id)).toContain(duplicate.answerId);
    expect(listIds(await seen(api, LIST, { c: wifi }, 'miss'))).not.toContain(duplicate.questionId);
  });

  it('shows a new member, a new role and new badges on the profile and the badge catalogue', async () => {
    const newcomer = await api.signUp('Newcomer');
    const nextId = String(Number(newcomer.id) + 1);
    expect((await cached(api, PROFILE, { id: nextId })).user).toBeNull();
    const next = await api.signUp('Next Newcomer');
    expect(next.id).toBe(nextId);
    expect((await seen(api, PROFILE, { id: nextId }, 'miss')).user.id).toBe(nextId);

    const catalogue = await cached(api, BADGES);
    await cached(api, PROFILE, { id: next.id });
    await askQuestion(api, next, phones, { title: 'My first question here' }); // the Curious badge
    const curious = (await seen(api, BADGES, {}, 'miss')).badges.find((badge: { id: string }) => badge.id === 'FIRST_QUESTION');
    expect(curious.holderCount).toBe(catalogue.badges.find((badge: { id: string }) => badge.id === 'FIRST_QUESTION').holderCount + 1);
    expect((await seen(api, PROFILE, { id: next.id }, 'miss')).user.badges.map((b: { badge: { id: string } }) => b.badge.id)).toContain('FIRST_QUESTION');

    const questionId = await askQuestion(api, next, phones, { title: 'And a second one' });
    await cached(api, PAGE, { id: questionId });
    await cached(api, PROFILE, { id: next.id });
    await api.ok(`mutation($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`, { id: next.id }, admin.token);
    expect((await seen(api, PROFILE, { id: next.id }, 'miss')).user.role).toBe('MODERATOR');
    await seen(api, PAGE, { id: questionId }, 'miss'); // pages show its author, whose role is part of what is shown next to posts
  });

  it('keeps every cached response through writes that change nothing signed-out readers see', async () => {
    const { questionId } = await thread(phones, 'Volume buttons swapped');
    await cached(api, PAGE, { id: questionId });
    await cached(api, LIST, { c: phones });
    await api.ok(`mutation($id: ID!) { followQuestion(questionId: $id) { id } }`, { id: questionId }, voter.token);
    await api.ok(`mutation($id: ID!) { followCommunity(communityId: $id) { id } }`, { id: phones }, voter.token);
    await api.ok(`mutation { markAllNotificationsRead }`, {}, asker.token);
    await api.ok(`mutation($id: ID!) { setComposing(questionId: $id, composing: true) }`, { id: questionId }, voter.token);
    await api.ok(`mutation($id: ID!) { warnUser(input: { userId: $id, reason: "Be kind" }) { id } }`, { id: voter.id }, moderator.token);
    await api.ok(`mutation { addWatchedWord(input: { word: "scamlink", action: BLOCK, rule: "No scams" }) { id } }`, {}, admin.token);
    await api.ok(`mutation($id: ID!) { recordQuestionView(questionId: $id) }`, { id: questionId });
    await seen(api, PAGE, { id: questionId }, 'hit');
    await seen(api, LIST, { c: phones }, 'hit');
  });

  it('drops a response whose query declared no tag at any write, as before tags', async () => {
    const { questionId } = await thread(phones, 'Notifications arrive late');
    const other = await thread(wifi, 'Extender blinks orange');
    // `me` declares nothing (signed out it is always null): any write drops what includes it.
    const mixed = `query($id: ID!) { question(id: $id) { id title } me { id } }`;
    await cached(api, mixed, { id: questionId });
    await cached(api, PAGE, { id: questionId });

    await api.ok(`mutation($id: ID!) { addMeToo(questionId: $id) { id } }`, { id: other.questionId }, voter.token);
    await seen(api, mixed, { id: questionId }, 'miss');
    await seen(api, PAGE, { id: questionId }, 'hit');
  });
});
