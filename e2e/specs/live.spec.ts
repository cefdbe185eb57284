import { LIVE_CLOSE_CODES } from '@agora/shared';
import { Browser, expect, Page, test } from '@playwright/test';
import { AskPage } from '../pages/ask-page';
import { AuthPage, NewMember } from '../pages/auth-page';
import { CommunityPage } from '../pages/community-page';
import { LiveSocket } from '../pages/live-socket';
import { bellUnreadCount, NotificationsPage } from '../pages/notifications-page';
import { QuestionPage } from '../pages/question-page';
import { SiteChrome } from '../pages/site-chrome';

function newMember(role: string, stamp: number): NewMember {
  return { displayName: `${role} ${stamp}`, email: `${role.toLowerCase()}-${stamp}@example.com`, password: 'correct-horse-battery' };
}

/** A fresh member in a browser context of their own, as a second person on another computer. */
async function joinInNewContext(browser: Browser, member: NewMember, beforeSignUp?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await beforeSignUp?.(page);
  await new AuthPage(page).signUp(member);
  return page;
}

async function askInPhones(page: Page, title: string): Promise<void> {
  const ask = new AskPage(page);
  await ask.goto();
  await ask.ask({ community: 'Phones', title, body: 'The screen stays dark after the update, even when plugged in.' });
}

test('the asker sees the answer and its notification arrive without reloading', async ({ browser }) => {
  const stamp = Date.now();
  const asker = newMember('Asker', stamp);
  const helper = newMember('Helper', stamp);
  const title = `Screen stays dark after the update (${stamp})`;
  const answerText = `Hold the side button for ten seconds to restart it (${stamp}).`;

  const pageA = await joinInNewContext(browser, asker);
  await askInPhones(pageA, title);
  const questionA = new QuestionPage(pageA);
  const chromeA = new SiteChrome(pageA);
  await expect(questionA.title).toHaveText(title);
  // A new member may already have news (a first badge): count from there.
  await expect(chromeA.notificationBell).toBeVisible();
  const unreadBefore = await bellUnreadCount(chromeA.notificationBell);
  // A never reloads from here on: whatever changes comes over the socket.
  let reloaded = false;
  pageA.on('load', () => (reloaded = true));

  const pageB = await joinInNewContext(browser, helper);
  const questionB = new QuestionPage(pageB);
  await pageB.goto(pageA.url());
  await questionB.answerField.fill(answerText);
  await expect(questionA.composingStatus).toHaveText(`${helper.displayName} is writing an answer…`);

  await questionB.answerForm.getByRole('button', { name: 'Post answer' }).click();
  await expect(questionB.answerField).toHaveValue('');

  await expect(questionA.answerBy(helper.displayName)).toContainText(answerText);
  await expect(questionA.main.getByRole('heading', { name: '1 answer' })).toBeVisible();
  await expect(questionA.composingStatus).toHaveText('');
  await expect(chromeA.notificationBell).toHaveAccessibleName(`Notifications, ${unreadBefore + 1} unread`);
  await expect(chromeA.notificationBell).toHaveText(String(unreadBefore + 1));

  // The bell leads to the inbox, and the notification to the answer in its thread.
  await chromeA.notificationBell.click();
  const inbox = new NotificationsPage(pageA);
  await expect(inbox.heading).toBeVisible();
  const sentence = `${helper.displayName} answered your question`;
  await expect(inbox.item(sentence)).toContainText(title);
  await expect(inbox.unreadItems).toHaveCount(unreadBefore + 1);
  await expect(inbox.link('You earned the Curious badge')).toHaveAttribute('href', '/badges');
  await inbox.link(sentence).click();
  await expect(pageA).toHaveURL(/\/questions\/\d+#answer-\d+$/);
  await expect(questionA.answerBy(helper.displayName)).toBeInViewport();
  await expect.poll(() => bellUnreadCount(chromeA.notificationBell)).toBe(unreadBefore);
  expect(reloaded).toBe(false);

  await pageA.context().close();
  await pageB.context().close();
});

test('the answerer sees the helpful mark and the solution as they happen, and marks all read', async ({ browser }) => {
  const stamp = Date.now();
  const asker = newMember('Asker', stamp);
  const helper = newMember('Helper', stamp);
  const title = `Phone will not turn on after the update (${stamp})`;
  const answerText = `Charge it for half an hour, then hold both buttons (${stamp}).`;

  const pageA = await joinInNewContext(browser, asker);
  await askInPhones(pageA, title);
  const questionUrl = pageA.url();

  const pageB = await joinInNewContext(browser, helper);
  const questionB = new QuestionPage(pageB);
  await pageB.goto(questionUrl);
  await expect(questionB.followButton).toHaveAttribute('aria-pressed', 'false');
  await questionB.postAnswer(answerText);
  // Answering follows the question.
  await expect(questionB.followButton).toHaveAttribute('aria-pressed', 'true');
  const answerB = questionB.answerBy(helper.displayName);
  await expect(answerB).toContainText('0 people found this helpful');
  await expect(questionB.solutionBox).toHaveCount(0);

  // A finds it helpful: B's count goes up without a reload.
  const questionA = new QuestionPage(pageA);
  await pageA.reload();
  const answerA = questionA.answerBy(helper.displayName);
  await questionA.helpfulButton(answerA).click();
  await expect(answerB).toContainText('1 person found this helpful');

  // A accepts it: B sees the question solved, with the answer as its solution.
  await questionA.acceptButton(answerA).click();
  await expect(questionB.solvedBadge).toBeVisible();
  await expect(questionB.solutionBox).toContainText(answerText);
  await expect(questionB.regions.first()).toHaveAccessibleName('Solution');

  // B's bell counts the news; the inbox says who did what, and "Mark all as read" clears the bell.
  const chromeB = new SiteChrome(pageB);
  await expect(chromeB.notificationBell).toHaveAccessibleName(/^Notifications, \d+ unread$/);
  await chromeB.notificationBell.click();
  const inbox = new NotificationsPage(pageB);
  await expect(inbox.item(`${asker.displayName} marked your answer helpful`)).toContainText(title);
  await expect(inbox.item(`${asker.displayName} accepted your answer as the solution`)).toContainText(title);
  await inbox.markAllReadButton.click();
  await expect(inbox.unreadItems).toHaveCount(0);
  await expect(chromeB.notificationBell).toHaveAccessibleName('Notifications');
  await expect(inbox.markAllReadButton).toBeDisabled();

  await pageA.context().close();
  await pageB.context().close();
});

test('following a question or a community is a toggle, and a followed community reports new questions live', async ({ browser }) => {
  const stamp = Date.now();
  const follower = newMember('Follower', stamp);
  const asker = newMember('Asker', stamp);
  const title = `Battery drains overnight since the update (${stamp})`;

  // Asking follows the question; the button says so and takes it back.
  const pageA = await joinInNewContext(browser, follower);
  await askInPhones(pageA, `Which charger suits my phone best (${stamp})`);
  const questionA = new QuestionPage(pageA);
  await expect(questionA.followButton).toHaveAttribute('aria-pressed', 'true');
  await questionA.followButton.click();
  await expect(questionA.followButton).toHaveAttribute('aria-pressed', 'false');
  await pageA.reload();
  await expect(questionA.followButton).toHaveAttribute('aria-pressed', 'false');
  await questionA.followButton.click();
  await expect(questionA.followButton).toHaveAttribute('aria-pressed', 'true');

  const community = new CommunityPage(pageA);
  await community.goto('phones');
  await expect(community.followButton).toHaveAttribute('aria-pressed', 'false');
  await community.followButton.click();
  await expect(community.followButton).toHaveAttribute('aria-pressed', 'true');

  // Someone asks in Phones: the follower's bell, on the page they were reading, says so.
  const chromeA = new SiteChrome(pageA);
  const unreadBefore = await bellUnreadCount(chromeA.notificationBell);
  const pageB = await joinInNewContext(browser, asker);
  await askInPhones(pageB, title);
  await expect(chromeA.notificationBell).toHaveAccessibleName(`Notifications, ${unreadBefore + 1} unread`);
  await chromeA.notificationBell.click();
  const inbox = new NotificationsPage(pageA);
  await expect(inbox.item(`${asker.displayName} asked a question in Phones`)).toContainText(title);

  // Unfollowing the community stops them.
  await community.goto('phones');
  await community.followButton.click();
  await expect(community.followButton).toHaveAttribute('aria-pressed', 'false');
  await pageA.reload();
  await expect(community.followButton).toHaveAttribute('aria-pressed', 'false');

  await pageA.context().close();
  await pageB.context().close();
});

test('after a server restart cuts the connection, the page reconnects, catches up and keeps updating', async ({ browser }) => {
  const stamp = Date.now();
  const asker = newMember('Asker', stamp);
  const helper = newMember('Helper', stamp);
  const title = `Bluetooth keeps dropping in the car (${stamp})`;
  const firstAnswer = `Forget the car in Bluetooth settings and pair it again (${stamp}).`;
  const secondAnswer = `Also check for a software update for the car itself (${stamp}).`;

  let socket: LiveSocket | undefined;
  const pageA = await joinInNewContext(browser, asker, async (page) => (socket = await LiveSocket.intercept(page)));
  await askInPhones(pageA, title);
  const questionA = new QuestionPage(pageA);
  await expect(questionA.title).toHaveText(title);

  const pageB = await joinInNewContext(browser, helper);
  const questionB = new QuestionPage(pageB);
  await pageB.goto(pageA.url());
  await questionB.answerField.fill(firstAnswer);
  await expect(questionA.composingStatus).toHaveText(`${helper.displayName} is writing an answer…`);

  // The server restarts, and B answers while A cannot hear it: A reconnects and reads what it missed.
  const connectionsBefore = socket?.connections ?? 0;
  await socket?.restartServer(async () => {
    await questionB.answerForm.getByRole('button', { name: 'Post answer' }).click();
    await expect(questionB.answerField).toHaveValue('');
    await expect(questionB.answerBy(helper.displayName)).toContainText(firstAnswer);
  });
  await expect(questionA.main.getByText(firstAnswer)).toBeVisible({ timeout: 20_000 });
  expect(socket?.connections).toBe(connectionsBefore + 1);

  // Subscribed again: what happens next still arrives.
  await questionB.answerField.fill(secondAnswer);
  await expect(questionA.composingStatus).toHaveText(`${helper.displayName} is writing an answer…`);
  await questionB.answerForm.getByRole('button', { name: 'Post answer' }).click();
  await expect(questionA.main.getByText(secondAnswer)).toBeVisible();
  await expect(questionA.main.getByRole('heading', { name: '2 answers' })).toBeVisible();

  await pageA.context().close();
  await pageB.context().close();
});

test('a session the live connection refuses is ended, as an expired token is over HTTP', async ({ browser }) => {
  const member = newMember('Reader', Date.now());
  let socket: LiveSocket | undefined;
  const page = await joinInNewContext(browser, member, async (candidate) => (socket = await LiveSocket.intercept(candidate)));
  const chrome = new SiteChrome(page);
  await expect(chrome.notificationBell).toBeVisible();
  await expect.poll(() => socket?.connections).toBeGreaterThan(0);

  await socket?.drop(LIVE_CLOSE_CODES.FORBIDDEN, 'Forbidden');
  await expect(chrome.header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(chrome.notificationBell).toHaveCount(0);

  await page.context().close();
});
