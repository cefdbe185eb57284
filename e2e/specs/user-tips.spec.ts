import { Privilege, PRIVILEGE_LEVELS } from '@agora/shared';
import { Browser, expect, Page, test } from '@playwright/test';
import { AskPage } from '../pages/ask-page';
import { AuthPage, Credentials } from '../pages/auth-page';
import { CommunityPage } from '../pages/community-page';
import { apiSignIn, DEMO_ADMIN, DEMO_MEMBER, DEMO_PASSWORD } from '../pages/demo-accounts';
import { graphql } from '../pages/graphql-client';
import { QuestionPage } from '../pages/question-page';

type Request = Parameters<typeof graphql>[0];

const TIP_LEVEL = PRIVILEGE_LEVELS[Privilege.WRITE_USER_TIPS];

/** Signs in through the form, starting from `path`, and comes back to it. */
async function signInAt(page: Page, path: string, credentials: Credentials): Promise<void> {
  await page.goto(`/signin?returnTo=${encodeURIComponent(path)}`);
  await new AuthPage(page).signIn(credentials);
  await expect(page).toHaveURL(path);
}

async function newSignedInPage(browser: Browser, path: string, credentials: Credentials): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAt(page, path, credentials);
  return page;
}

/**
 * A demo member (not staff) whose level unlocks User Tips. Only staff see e-mail addresses, so the admin
 * reads them off the leaderboard; signing in as the member then confirms the level.
 */
async function aMemberWhoWritesTips(request: Request): Promise<Credentials & { displayName: string }> {
  const adminToken = await apiSignIn(request, DEMO_ADMIN);
  const { leaderboard } = await graphql(request, '{ leaderboard(first: 50) { user { email displayName role level } } }', {}, adminToken);
  const candidates = leaderboard
    .map((entry: any) => entry.user)
    .filter((user: any) => user.role === 'MEMBER' && user.level >= TIP_LEVEL && user.email.endsWith('@agora.local'))
    .sort((a: any, b: any) => a.level - b.level);
  expect(candidates.length).toBeGreaterThan(0);
  const credentials = { email: candidates[0].email, password: DEMO_PASSWORD };
  const { me } = await graphql(request, '{ me { level role displayName } }', {}, await apiSignIn(request, credentials));
  expect(me.role).toBe('MEMBER');
  expect(me.level).toBeGreaterThanOrEqual(TIP_LEVEL);
  return { ...credentials, displayName: me.displayName };
}

test('a member below level 5 is not offered the User Tip option', async ({ page, request }) => {
  const { me } = await graphql(request, '{ me { level role } }', {}, await apiSignIn(request, DEMO_MEMBER));
  expect(me.role).toBe('MEMBER');
  expect(me.level).toBeLessThan(TIP_LEVEL);

  const ask = new AskPage(page);
  await signInAt(page, '/ask', DEMO_MEMBER);
  await expect(ask.title).toBeVisible();
  await expect(ask.tipOption).toHaveCount(0);
  await expect(ask.submit).toBeVisible();

  // A link straight to the tip form still gets the question form, with the reason.
  await page.goto('/ask?kind=tip');
  await expect(page.getByRole('status')).toHaveText(`User Tips unlock at Level ${TIP_LEVEL}. Until then, you can ask a question.`);
  await expect(ask.tipOption).toHaveCount(0);
  await expect(ask.publishTip).toHaveCount(0);
  await expect(ask.submit).toBeVisible();
});

test('a level 5 member writes a User Tip; another member marks it helpful; nobody answers it', async ({ browser, page, request }) => {
  const author = await aMemberWhoWritesTips(request);
  const stamp = Date.now();
  const title = `Keep your Lumen Phone cool while it charges (${stamp})`;

  // The author chooses "Write a User Tip" on the ask page: same fields, another button.
  const authorPage = await newSignedInPage(browser, '/ask', author);
  const ask = new AskPage(authorPage);
  await ask.tipOption.check();
  await expect(authorPage).toHaveURL('/ask?kind=tip');
  await expect(authorPage.getByRole('heading', { level: 1 })).toHaveText('Write a User Tip');
  await ask.writeTip({ community: 'Phones', title, body: 'Take it out of its case and charge it on a hard surface.', tags: 'charging' });

  const authorView = new QuestionPage(authorPage);
  await expect(authorView.title).toHaveText(title);
  await expect(authorView.userTipLabel).toBeVisible();
  await expect(authorView.answerForm).toHaveCount(0);
  // Authors do not mark their own tip.
  await expect(authorView.tipHelpfulButton).toHaveCount(0);
  await expect(authorView.main).toContainText('0 people found this tip helpful');
  const tipPath = new URL(authorPage.url()).pathname;

  // Another member finds it in the community's User Tips and marks it helpful.
  const readerPage = await newSignedInPage(browser, '/c/phones', DEMO_MEMBER);
  const community = new CommunityPage(readerPage);
  await community.filter('User Tips').click();
  await expect(readerPage).toHaveURL('/c/phones?show=tips');
  await expect(community.filter('User Tips')).toHaveAttribute('aria-current', 'page');
  await community.questionLinks.filter({ hasText: title }).click();
  await expect(readerPage).toHaveURL(tipPath);

  const reader = new QuestionPage(readerPage);
  await expect(reader.userTipLabel).toBeVisible();
  await expect(reader.answerForm).toHaveCount(0);
  await expect(reader.meTooButton).toHaveCount(0);
  await expect(reader.tipHelpfulButton).toHaveAttribute('aria-pressed', 'false');
  await expect(reader.tipHelpfulButton).toContainText('0');
  await reader.tipHelpfulButton.click();
  await expect(reader.tipHelpfulButton).toHaveAttribute('aria-pressed', 'true');
  await expect(reader.tipHelpfulButton).toContainText('1');

  // The mark was saved, and the author sees the count go up.
  await readerPage.reload();
  await expect(reader.tipHelpfulButton).toHaveAttribute('aria-pressed', 'true');
  await expect(reader.tipHelpfulButton).toContainText('1');
  await authorPage.reload();
  await expect(authorView.main).toContainText('1 person found this tip helpful');

  // Signed out: the count, and a way to sign in rather than a button.
  const signedOut = new QuestionPage(page);
  await signedOut.goto(tipPath.split('/').pop() ?? '');
  await expect(signedOut.title).toHaveText(title);
  await expect(signedOut.tipHelpfulButton).toHaveCount(0);
  await expect(signedOut.answerForm).toHaveCount(0);
  await expect(signedOut.main.getByRole('link', { name: 'Sign in to mark this tip helpful' })).toHaveAttribute(
    'href',
    `/signin?returnTo=${encodeURIComponent(tipPath)}`,
  );

  await authorPage.context().close();
  await readerPage.context().close();
});
