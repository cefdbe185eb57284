import { Browser, expect, Page, test } from '@playwright/test';
import { AskPage } from '../pages/ask-page';
import { AuthPage, Credentials } from '../pages/auth-page';
import { DEMO_ADMIN } from '../pages/demo-accounts';
import { askQuestion, DEMO_MODERATOR, LEVEL_2_MEMBER, newMember, postAnswer, reportAnswer } from '../pages/moderation-data';
import { ModerationQueuePage } from '../pages/moderation-queue-page';
import { QuestionPage } from '../pages/question-page';
import { WatchedWordsPage } from '../pages/watched-words-page';

/** A browser of its own, signed in as this person. */
async function signedIn(browser: Browser, credentials: Credentials): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/signin');
  await new AuthPage(page).signIn(credentials);
  return page;
}

test('a member reports an abusive answer, a moderator removes it with a reason, the author appeals, and the moderator restores it', async ({
  browser,
  request,
}) => {
  const asker = await newMember(request, 'Asker');
  const author = await newMember(request, 'Author');
  const stamp = Date.now();
  const answerText = `Nobody with half a brain would ask this, go away (${stamp})`;
  const questionId = await askQuestion(request, asker.token, `My screen flickers at night (${stamp})`);
  await postAnswer(request, author.token, questionId, answerText);

  // A level-2 member reports the answer as abusive.
  const reporterPage = await signedIn(browser, LEVEL_2_MEMBER);
  const reporterView = new QuestionPage(reporterPage);
  await reporterView.goto(questionId);
  await reporterView.report(reporterView.answerBy(author.displayName), 'Abusive or disrespectful');

  // The moderator finds it in the queue, with the report, and removes it with a reason and a note.
  const moderatorPage = await signedIn(browser, DEMO_MODERATOR);
  const queue = new ModerationQueuePage(moderatorPage);
  await queue.goto();
  const reported = queue.item(answerText);
  await expect(reported).toContainText('Reported');
  await expect(reported).toContainText(`Abusive or disrespectful · ${LEVEL_2_MEMBER.displayName}`);
  await queue.remove(reported, 'Abusive', 'Please keep answers respectful.');
  await expect(queue.item(answerText)).toHaveCount(0);

  // Members no longer see it.
  await reporterPage.reload();
  await expect(reporterView.title).toBeVisible();
  await expect(reporterView.answerBy(author.displayName)).toHaveCount(0);

  // The author sees why, and appeals.
  const authorPage = await signedIn(browser, author);
  const authorView = new QuestionPage(authorPage);
  await authorView.goto(questionId);
  const ownAnswer = authorView.answerBy(author.displayName);
  const notice = authorView.moderationNotice(ownAnswer);
  await expect(notice).toContainText('This post was removed by a moderator.');
  await expect(notice).toContainText('Reason: Abusive');
  await expect(notice).toContainText('Please keep answers respectful.');
  const appealText = `I was too blunt; I will reword it kindly (${stamp}).`;
  await authorView.appeal(ownAnswer, appealText);
  await expect(notice).toContainText('Appeal sent');
  await expect(ownAnswer.getByRole('button', { name: 'Appeal', exact: true })).toHaveCount(0);

  // The moderator grants the appeal from the queue, which restores the answer.
  await queue.goto();
  const appeal = queue.item(appealText);
  await expect(appeal).toContainText('Appeal against: Post removed');
  await queue.grantAppeal(appeal, 'Restored; thanks for understanding.');
  await expect(queue.item(appealText)).toHaveCount(0);

  await reporterPage.reload();
  await expect(reporterView.answerBy(author.displayName)).toContainText(answerText);
  await authorPage.reload();
  await expect(authorView.moderationNotice(ownAnswer)).toHaveCount(0);
  await authorPage.goto('/moderation-notices');
  await expect(authorPage.getByRole('main')).toContainText('Your appeal was granted.');
  await expect(authorPage.getByRole('main')).toContainText('Restored; thanks for understanding.');
});

test('a hidden answer is a placeholder for members and shows to staff with its reason', async ({ browser, request }) => {
  const asker = await newMember(request, 'Asker');
  const author = await newMember(request, 'Author');
  const stamp = Date.now();
  const questionId = await askQuestion(request, asker.token, `Bluetooth drops every minute (${stamp})`);
  await postAnswer(request, author.token, questionId, `Buy my cleaning app for a fix (${stamp})`);

  const moderatorPage = await signedIn(browser, DEMO_MODERATOR);
  const moderatorView = new QuestionPage(moderatorPage);
  await moderatorView.goto(questionId);
  const answer = moderatorView.answerBy(author.displayName);
  await answer.getByRole('button', { name: 'Hide', exact: true }).click();
  const notice = moderatorView.moderationNotice(answer);
  await expect(notice).toContainText('This post is hidden.');
  await expect(notice).toContainText('Members cannot see it');
  await expect(notice).toContainText('Reason: Hidden by a moderator');

  const memberPage = await signedIn(browser, LEVEL_2_MEMBER);
  const memberView = new QuestionPage(memberPage);
  await memberView.goto(questionId);
  await expect(memberView.title).toBeVisible();
  await expect(memberView.answerBy(author.displayName)).toHaveCount(0);
  await expect(memberPage.getByRole('article', { name: 'Hidden answer' })).toContainText('hidden while moderators review');
  await expect(memberPage.getByText('Buy my cleaning app')).toHaveCount(0);

  // Approving it publishes it again.
  await answer.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(moderatorView.moderationNotice(answer)).toHaveCount(0);
  await memberPage.reload();
  await expect(memberView.answerBy(author.displayName)).toBeVisible();
});

test('the queue works from the keyboard: select with x, approve with a', async ({ browser, request }) => {
  const asker = await newMember(request, 'Asker');
  const author = await newMember(request, 'Author');
  const stamp = Date.now();
  const questionId = await askQuestion(request, asker.token, `Keyboard shortcuts question (${stamp})`);
  const answerText = `A perfectly fine answer that got reported (${stamp})`;
  const answerId = await postAnswer(request, author.token, questionId, answerText);
  await reportAnswer(request, LEVEL_2_MEMBER, answerId, 'OFF_TOPIC');

  const page = await signedIn(browser, DEMO_MODERATOR);
  const queue = new ModerationQueuePage(page);
  await queue.goto();
  const item = queue.item(answerText);
  await item.focus();
  await page.keyboard.press('x');
  await expect(item.getByRole('checkbox')).toBeChecked();
  await expect(page.getByText('1 selected')).toBeVisible();
  await page.keyboard.press('a');
  await expect(queue.item(answerText)).toHaveCount(0);
});

test('a locked thread shows a lock notice and no answer form to members', async ({ browser, request }) => {
  const asker = await newMember(request, 'Asker');
  const stamp = Date.now();
  const questionId = await askQuestion(request, asker.token, `Locked thread question (${stamp})`);

  const moderatorPage = await signedIn(browser, DEMO_MODERATOR);
  const moderatorView = new QuestionPage(moderatorPage);
  await moderatorView.goto(questionId);
  await moderatorView.questionArticle().getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(moderatorView.questionArticle().getByRole('button', { name: 'Unlock' })).toBeVisible();
  // Staff may still answer.
  await expect(moderatorView.answerField).toBeVisible();

  const memberPage = await signedIn(browser, asker);
  const memberView = new QuestionPage(memberPage);
  await memberView.goto(questionId);
  await expect(memberView.answerForm).toContainText('This thread is locked: it takes no new answers.');
  await expect(memberView.answerField).toHaveCount(0);
});

test('a merged question sends its visitors to the original, saying so', async ({ browser, request }) => {
  const asker = await newMember(request, 'Asker');
  const stamp = Date.now();
  const originalTitle = `Original question about Wi-Fi (${stamp})`;
  const originalId = await askQuestion(request, asker.token, originalTitle);
  const duplicateId = await askQuestion(request, asker.token, `Duplicate question about Wi-Fi (${stamp})`);

  const page = await signedIn(browser, DEMO_MODERATOR);
  const view = new QuestionPage(page);
  await view.goto(duplicateId);
  await view.questionArticle().getByRole('button', { name: 'Merge into…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge into another question' });
  await dialog.getByLabel('Merge into (question id or address)').fill(`http://127.0.0.1/questions/${originalId}`);
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${originalId}$`));
  await expect(view.title).toHaveText(originalTitle);
  await expect(page.getByText('was merged into this one')).toBeVisible();

  await view.goto(duplicateId);
  await expect(page).toHaveURL(new RegExp(`/questions/${originalId}$`));
});

test('an administrator adds a watched word, members are told the rule, and the word can be removed', async ({ browser, request }) => {
  const stamp = Date.now();
  // Each run starts on a fresh database, so a fixed made-up word is free.
  const word = 'zorbnak';
  const rule = `No made-up insults (${stamp})`;

  const adminPage = await signedIn(browser, DEMO_ADMIN);
  const words = new WatchedWordsPage(adminPage);
  await words.goto();
  await expect(words.row('idiot')).toContainText('Block the post');
  await words.add({ word, action: 'Block the post', rule });
  await expect(words.row(word)).toContainText(rule);

  const member = await newMember(request, 'Writer');
  const memberPage = await signedIn(browser, member);
  const ask = new AskPage(memberPage);
  await ask.goto();
  await ask.fill({ community: 'Phones', title: `Why is my phone such a ${word}? (${stamp})`, body: 'It restarts by itself every hour.' });
  await ask.submit.click();
  await expect(memberPage.getByRole('alert')).toContainText(`it breaks the rule “${rule}”`);

  await words.remove(word);
  await expect(words.row(word)).toHaveCount(0);
});

test('a question hidden by a moderator is a notice for members, without its title, text or answers', async ({ browser, request }) => {
  const asker = await newMember(request, 'Asker');
  const stamp = Date.now();
  const title = `Cheap chargers from my shop fix everything (${stamp})`;
  const questionId = await askQuestion(request, asker.token, title);

  const moderatorPage = await signedIn(browser, DEMO_MODERATOR);
  const moderatorView = new QuestionPage(moderatorPage);
  await moderatorView.goto(questionId);
  await moderatorView.questionArticle().getByRole('button', { name: 'Hide', exact: true }).click();
  await expect(moderatorView.moderationNotice(moderatorView.questionArticle())).toContainText('This post is hidden.');

  const memberPage = await signedIn(browser, LEVEL_2_MEMBER);
  await memberPage.goto(`/questions/${questionId}`);
  await expect(memberPage.getByRole('status')).toHaveText('This question is hidden while moderators review reports about it.');
  await expect(memberPage.getByText(title)).toHaveCount(0);
});
