import { expect, test } from '@playwright/test';
import { CommunityPage } from '../pages/community-page';
import { graphql } from '../pages/graphql-client';
import { ProfilePage } from '../pages/profile-page';
import { QuestionPage } from '../pages/question-page';

interface DemoQuestion {
  id: string;
  title: string;
  author: { id: string; displayName: string };
}

async function aPhonesQuestion(request: Parameters<typeof graphql>[0]): Promise<DemoQuestion> {
  const { community } = await graphql(request, `{ community(slug: "phones") { id } }`);
  const { questions } = await graphql(
    request,
    `query ($communityId: ID!) { questions(communityId: $communityId, first: 1) { edges { node { id title author { id displayName } } } } }`,
    { communityId: community.id },
  );
  return questions.edges[0].node;
}

test.describe('shared links open the right page, directly and after a reload', () => {
  test('a community page', async ({ page }) => {
    const community = new CommunityPage(page);
    const response = await community.goto('phones', '?solved=true');
    expect(response?.status()).toBe(200);
    await expect(community.heading).toHaveText('Phones');
    await expect(community.filter('Solved')).toHaveAttribute('aria-current', 'page');
    await expect(community.questionLinks.first()).toBeVisible();

    await page.reload();
    await expect(community.heading).toHaveText('Phones');
    await expect(community.filter('Solved')).toHaveAttribute('aria-current', 'page');
  });

  test('a question page', async ({ page, request }) => {
    const demo = await aPhonesQuestion(request);
    const question = new QuestionPage(page);
    await question.goto(demo.id);
    await expect(question.title).toHaveText(demo.title);

    await page.reload();
    await expect(question.title).toHaveText(demo.title);
    await expect(page).toHaveTitle(`${demo.title} · Agora`);
  });

  test('a profile page', async ({ page, request }) => {
    const { author } = await aPhonesQuestion(request);
    const profile = new ProfilePage(page);
    await profile.goto(author.id);
    await expect(profile.name).toHaveText(author.displayName);

    await page.reload();
    await expect(profile.name).toHaveText(author.displayName);
    await expect(profile.levelBadge(author.displayName)).toBeVisible();
  });
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL('/');
});

test('a question that does not exist shows a not-found state', async ({ page }) => {
  await new QuestionPage(page).goto('999999999');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question not found');
});

test('signed-out visitors are asked to sign in instead of seeing the answer form', async ({ page, request }) => {
  const demo = await aPhonesQuestion(request);
  const question = new QuestionPage(page);
  await question.goto(demo.id);
  await expect(question.title).toHaveText(demo.title);
  await expect(question.answerForm).toContainText('Sign in to answer this question.');
  await expect(question.answerField).toHaveCount(0);
  await expect(question.meTooButton).toHaveCount(0);

  await question.answerForm.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`/signin?returnTo=${encodeURIComponent(`/questions/${demo.id}`)}`);
});

test('a stored session the API no longer accepts is dropped, and the page still loads', async ({ page, request }) => {
  const demo = await aPhonesQuestion(request);
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('agora.authToken', 'expired-or-forged'));

  const question = new QuestionPage(page);
  await question.goto(demo.id);
  await expect(question.title).toHaveText(demo.title);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('agora.authToken'))).toBeNull();
});
