import { expect, Page, test } from '@playwright/test';
import { AuthPage, Credentials } from '../pages/auth-page';
import { apiSignIn, DEMO_ADMIN, DEMO_PASSWORD } from '../pages/demo-accounts';
import { graphql } from '../pages/graphql-client';
import { HelpQueuePage } from '../pages/help-queue-page';

type Request = Parameters<typeof graphql>[0];

const HELP_OTHERS_LEVEL = 2;

interface QueuedQuestion {
  id: string;
  title: string;
  answerCount: number;
  isSolved: boolean;
  createdAt: string;
}

const QUEUE = `query ($answered: Boolean, $solved: Boolean, $olderThanDays: Int, $communityId: ID) {
  questions(answered: $answered, solved: $solved, olderThanDays: $olderThanDays, communityId: $communityId, order: OLDEST, first: 20) {
    totalCount edges { node { id title answerCount isSolved createdAt } }
  }
}`;

async function apiQueue(request: Request, variables: Record<string, unknown>): Promise<{ totalCount: number; questions: QueuedQuestion[] }> {
  const { questions } = await graphql(request, QUEUE, variables);
  return { totalCount: questions.totalCount, questions: questions.edges.map((edge: any) => edge.node) };
}

function waiting(count: number): string {
  return `${count} ${count === 1 ? 'question' : 'questions'} waiting`;
}

/**
 * A demo member (not staff) from level 2, the lowest such level. Only staff see e-mail addresses, so the
 * admin reads them off the leaderboard; signing in as the member then confirms the level.
 */
async function aHelperMember(request: Request): Promise<Credentials & { displayName: string }> {
  const adminToken = await apiSignIn(request, DEMO_ADMIN);
  const { leaderboard } = await graphql(request, '{ leaderboard(first: 50) { user { email displayName role level } } }', {}, adminToken);
  const candidates = leaderboard
    .map((entry: any) => entry.user)
    .filter((user: any) => user.role === 'MEMBER' && user.level >= HELP_OTHERS_LEVEL && user.email.endsWith('@agora.local'))
    .sort((a: any, b: any) => a.level - b.level);
  expect(candidates.length).toBeGreaterThan(0);
  const credentials = { email: candidates[0].email, password: DEMO_PASSWORD };
  const { me } = await graphql(request, '{ me { level role displayName } }', {}, await apiSignIn(request, credentials));
  expect(me.role).toBe('MEMBER');
  expect(me.level).toBeGreaterThanOrEqual(HELP_OTHERS_LEVEL);
  return { ...credentials, displayName: me.displayName };
}

async function signIn(page: Page, credentials: Credentials): Promise<void> {
  await page.goto('/signin');
  await new AuthPage(page).signIn(credentials);
}

test('a level 2 member finds "Help others" in the header: unanswered questions, oldest first', async ({ page, request }) => {
  const helper = await aHelperMember(request);
  const queue = new HelpQueuePage(page);
  await signIn(page, helper);
  await queue.chrome.siteLink('Help others').click();

  await expect(page).toHaveURL('/unanswered');
  await expect(queue.heading).toHaveText('Help others');
  await expect(queue.tab('Unanswered')).toHaveAttribute('aria-current', 'page');
  await expect(queue.chrome.siteLink('Help others')).toHaveAttribute('aria-current', 'page');

  // The same questions as the API's unanswered queue, in the same order: none has an answer, oldest first.
  const expected = await apiQueue(request, { answered: false });
  expect(expected.questions.length).toBeGreaterThan(1);
  expect(expected.questions.every((question) => question.answerCount === 0)).toBe(true);
  const dates = expected.questions.map((question) => Date.parse(question.createdAt));
  expect(dates).toEqual([...dates].sort((a, b) => a - b));

  await expect(queue.count).toHaveText(waiting(expected.totalCount));
  await expect(queue.titles).toHaveText(expected.questions.map((question) => question.title));
  for (const item of await queue.items.all()) {
    await expect(item).toContainText('0 answers');
    await expect(item).toContainText(/asked (\d+ (minute|hour|day|month|year)s? ago|this minute|yesterday|last month|last year)/);
  }
});

test('the queues keep the community in the URL, and the unsolved list holds week-old questions without a solution', async ({ page, request }) => {
  const { community } = await graphql(request, '{ community(slug: "phones") { id } }');
  const queue = new HelpQueuePage(page);
  await queue.goto('unanswered');

  await queue.community.selectOption({ label: 'Phones' });
  await expect(page).toHaveURL('/unanswered?community=phones');
  const unanswered = await apiQueue(request, { answered: false, communityId: community.id });
  await expect(queue.count).toHaveText(waiting(unanswered.totalCount));
  await expect(queue.titles).toHaveText(unanswered.questions.map((question) => question.title));

  await queue.tab('No solution after 7 days').click();
  await expect(page).toHaveURL('/unsolved?community=phones');
  await expect(queue.tab('No solution after 7 days')).toHaveAttribute('aria-current', 'page');
  await expect(queue.community).toHaveValue('phones');
  const unsolved = await apiQueue(request, { solved: false, olderThanDays: 7, communityId: community.id });
  expect(unsolved.questions.length).toBeGreaterThan(0);
  const weekAgo = Date.now() - 7 * 24 * 60 * 60 * 1000;
  expect(unsolved.questions.every((question) => !question.isSolved && Date.parse(question.createdAt) < weekAgo)).toBe(true);
  await expect(queue.count).toHaveText(waiting(unsolved.totalCount));
  await expect(queue.titles).toHaveText(unsolved.questions.map((question) => question.title));

  await page.reload();
  await expect(queue.titles).toHaveText(unsolved.questions.map((question) => question.title));
});

test('a brand-new member (level 1) and signed-out visitors get no "Help others" link; the lists stay public', async ({ page, request }) => {
  const stamp = Date.now();
  const member = { displayName: `Newcomer ${stamp}`, email: `newcomer-${stamp}@example.com`, password: 'correct-horse-battery' };
  const queue = new HelpQueuePage(page);

  await page.goto('/');
  await expect(queue.chrome.siteLink('Leaderboard')).toBeVisible();
  await expect(queue.chrome.siteLink('Help others')).toHaveCount(0);

  await new AuthPage(page).signUp(member);
  const { me } = await graphql(request, '{ me { level } }', {}, await apiSignIn(request, member));
  expect(me.level).toBe(1);
  await expect(queue.chrome.siteLink('Leaderboard')).toBeVisible();
  await expect(queue.chrome.siteLink('Help others')).toHaveCount(0);

  // A direct visit still shows the list.
  await queue.goto('unanswered');
  await expect(queue.heading).toHaveText('Help others');
  await expect(queue.titles.first()).toBeVisible();
  await expect(queue.chrome.siteLink('Help others')).toHaveCount(0);
});
