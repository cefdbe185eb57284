import { expect, Page, test } from '@playwright/test';
import { AuthPage } from '../pages/auth-page';
import { BadgesPage } from '../pages/badges-page';
import { apiSignIn, DEMO_MEMBER } from '../pages/demo-accounts';
import { graphql } from '../pages/graphql-client';
import { HomePage } from '../pages/home-page';
import { LeaderboardPage, Standing } from '../pages/leaderboard-page';
import { ProfilePage } from '../pages/profile-page';

type Request = Parameters<typeof graphql>[0];

/** The page size the leaderboard page asks for (the API's default too). */
const BOARD_SIZE = 20;

async function signIn(page: Page): Promise<void> {
  await page.goto('/signin');
  await new AuthPage(page).signIn(DEMO_MEMBER);
}

/** The board the API returns for these arguments, as the page should show it. */
async function boardFromApi(request: Request, period: string, communityId?: string): Promise<Standing[]> {
  const { leaderboard } = await graphql(
    request,
    `query ($period: LeaderboardPeriod!, $communityId: ID, $first: Int!) {
       leaderboard(period: $period, communityId: $communityId, first: $first) { rank points user { displayName } }
     }`,
    { period, communityId, first: BOARD_SIZE },
  );
  return leaderboard.map((entry: any) => ({ rank: entry.rank, name: entry.user.displayName, points: entry.points }));
}

/** Fails the test on any GraphQL error, such as asking for someone else's points history. */
function watchForGraphqlErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = await response.json().catch(() => null);
    for (const error of body?.errors ?? []) errors.push(`${error.extensions?.code}: ${error.message}`);
  });
  return errors;
}

test('a member sees their own points, level, progress, badges and points history', async ({ page, request }) => {
  const token = await apiSignIn(request, DEMO_MEMBER);
  const { me } = await graphql(
    request,
    '{ me { displayName level reputation pointsToNextLevel badges { badge { id name description } } } }',
    {},
    token,
  );
  expect(me.badges.length).toBeGreaterThan(0);

  await signIn(page);
  const profile = new ProfilePage(page);
  await profile.openOwn(me.displayName);

  await expect.poll(() => profile.points(me.displayName)).toBe(me.reputation);
  await expect(profile.levelBadge(me.displayName)).toHaveText(`Level ${me.level}`);
  await expect(profile.progress(me.displayName)).toHaveText(
    me.pointsToNextLevel === null
      ? 'Top level'
      : `${me.pointsToNextLevel.toLocaleString('en-US')} point${me.pointsToNextLevel === 1 ? '' : 's'} to Level ${me.level + 1}`,
  );

  await expect(profile.badgeItems).toHaveCount(me.badges.length);
  for (const { badge } of me.badges) {
    await expect(profile.badge(badge.name)).toContainText(badge.description);
    await expect(profile.badge(badge.name)).toContainText(/Earned \w{3} \d{1,2}, \d{4}/);
  }
  await expect(profile.badges.getByRole('link', { name: 'See all badges' })).toHaveAttribute('href', '/badges');

  // Newest first, ten at a time: amount with its sign, a reason in words, the question it was for.
  await expect(profile.historyItems).toHaveCount(10);
  const newest = profile.historyItems.first();
  await expect(newest).toContainText(/^[+−-][\d,]+ points?/);
  await expect(newest.getByRole('link')).toHaveAttribute('href', /^\/questions\/\d+$/);
  await expect(newest.getByRole('time')).toBeVisible();

  // The oldest row, the reputation carried over into the ledger, is on a later page.
  await expect(profile.history).not.toContainText('Reputation carried over');
  await profile.historyLoadMore.click();
  await expect.poll(() => profile.historyItems.count()).toBeGreaterThan(10);
  await expect(profile.history).toContainText('Reputation carried over');
});

test('another member’s profile shows their badges but not their points history', async ({ page, request }) => {
  const token = await apiSignIn(request, DEMO_MEMBER);
  const { me } = await graphql(request, '{ me { id } }', {}, token);
  const { leaderboard } = await graphql(request, '{ leaderboard(first: 2) { user { id displayName badges { badge { name } } } } }');
  const other = leaderboard.map((entry: any) => entry.user).find((user: any) => user.id !== me.id);
  expect(other.badges.length).toBeGreaterThan(0);

  const errors = watchForGraphqlErrors(page);
  await signIn(page);
  const profile = new ProfilePage(page);
  await profile.goto(other.id);
  await expect(profile.name).toHaveText(other.displayName);
  await expect(profile.badgeItems).toHaveCount(other.badges.length);
  await expect(profile.badge(other.badges[0].badge.name)).toBeVisible();
  await expect(profile.levelBadge(other.displayName)).toBeVisible();
  await expect(profile.history).toHaveCount(0);
  // The page did not even ask for the history (the API would have answered FORBIDDEN).
  expect(errors).toEqual([]);
});

test('the leaderboard ranks members, and its period and community live in the URL', async ({ page, request }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.chrome.siteLink('Leaderboard').click();
  await expect(page).toHaveURL('/leaderboard');

  const board = new LeaderboardPage(page);
  await expect(board.heading).toHaveText('Leaderboard');
  await expect(board.period('All time')).toHaveAttribute('aria-current', 'page');
  await expect(board.community).toHaveValue('');

  const allTime = await boardFromApi(request, 'ALL_TIME');
  expect(allTime.length).toBeGreaterThan(3);
  await expect.poll(() => board.standings()).toEqual(allTime);
  expect(allTime.map((standing) => standing.rank)).toEqual(allTime.map((_, index) => index + 1));
  await expect(board.rows.first().getByText(/^Level \d+$/)).toBeVisible();

  // This week: the URL says so, and the table is the weekly board, not the all-time one.
  await board.period('This week').click();
  await expect(page).toHaveURL('/leaderboard?period=WEEK');
  await expect(board.period('This week')).toHaveAttribute('aria-current', 'page');
  const thisWeek = await boardFromApi(request, 'WEEK');
  expect(thisWeek).not.toEqual(allTime);
  await expect.poll(() => board.standings()).toEqual(thisWeek);

  // One community, still this week.
  const { community } = await graphql(request, '{ community(slug: "phones") { id } }');
  await board.community.selectOption({ label: 'Phones' });
  await expect(page).toHaveURL('/leaderboard?period=WEEK&community=phones');
  const phonesThisWeek = await boardFromApi(request, 'WEEK', community.id);
  expect(phonesThisWeek).not.toEqual(thisWeek);
  await expect.poll(() => board.standings()).toEqual(phonesThisWeek);

  // A reload keeps both choices.
  await page.reload();
  await expect(board.period('This week')).toHaveAttribute('aria-current', 'page');
  await expect(board.community).toHaveValue('phones');
  await expect.poll(() => board.standings()).toEqual(phonesThisWeek);

  // Each member links to their profile.
  const first = board.rows.first();
  const name = await board.memberLink(first).innerText();
  await board.memberLink(first).click();
  await expect(new ProfilePage(page).name).toHaveText(name);
});

test('the badges page lists every badge with how many members hold it', async ({ page, request }) => {
  const { badges } = await graphql(request, '{ badges { id name holderCount } }');
  expect(badges.length).toBeGreaterThanOrEqual(15);

  await new HomePage(page).goto();
  await new HomePage(page).chrome.siteLink('Badges').click();
  const catalog = new BadgesPage(page);
  await expect(catalog.heading).toHaveText('Badges');
  await expect(catalog.badges).toHaveCount(badges.length);
  for (const regionName of ['Bronze badges', 'Silver badges', 'Gold badges']) {
    await expect(page.getByRole('region', { name: regionName, exact: true })).toBeVisible();
  }

  for (const badge of badges) {
    const item = catalog.badge(badge.name);
    await expect(catalog.holderCount(item)).toHaveText(
      badge.holderCount === 0 ? 'Nobody holds this badge yet.' : `Held by ${badge.holderCount} member${badge.holderCount === 1 ? '' : 's'}`,
    );
  }

  // A few recent holders, each linking to their profile, with their level.
  const held = badges.find((badge: any) => badge.holderCount > 0);
  const holders = catalog.holders(catalog.badge(held.name));
  await expect(holders.first()).toBeVisible();
  expect(await holders.count()).toBeLessThanOrEqual(Math.min(5, held.holderCount));
  await expect(holders.first().getByText(/^Level \d+$/)).toBeVisible();
  const holderName = await holders.first().getByRole('link').innerText();
  await holders.first().getByRole('link').click();
  await expect(new ProfilePage(page).name).toHaveText(holderName);

  // Names are translated by badge id.
  await catalog.goto();
  await new HomePage(page).chrome.chooseLanguage('Français');
  await expect(page.getByRole('heading', { level: 3, name: 'Curiosité', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Badges d’or', exact: true })).toBeVisible();
});
