import { DEFAULT_POINTS_RULES as RULES, levelFor } from '@agora/shared';
import { expect, test } from '@playwright/test';
import { AskPage } from '../pages/ask-page';
import { AuthPage, NewMember } from '../pages/auth-page';
import { ProfilePage } from '../pages/profile-page';
import { QuestionPage } from '../pages/question-page';

function newMember(role: string, stamp: number): NewMember {
  return { displayName: `${role} ${stamp}`, email: `${role.toLowerCase()}-${stamp}@example.com`, password: 'correct-horse-battery' };
}

test('one member asks, another answers, and the accepted answer earns the helper points', async ({ browser }) => {
  const stamp = Date.now();
  const asker = newMember('Asker', stamp);
  const helper = newMember('Helper', stamp);
  const title = `My phone stops charging at 80 percent (${stamp})`;
  const answerText = `Turn off Optimised charging in Settings › Battery (${stamp}).`;

  const askerContext = await browser.newContext();
  const helperContext = await browser.newContext();
  const pageA = await askerContext.newPage();
  const pageB = await helperContext.newPage();

  // A joins and asks in Phones.
  await new AuthPage(pageA).signUp(asker);
  await new AskPage(pageA).goto();
  await new AskPage(pageA).ask({ community: 'Phones', title, body: 'It stops at exactly 80% every night.', tags: 'battery, charging' });
  const questionA = new QuestionPage(pageA);
  await expect(questionA.title).toHaveText(title);
  await expect(questionA.solvedBadge).toBeHidden();

  // B joins, notes their points, and answers.
  await new AuthPage(pageB).signUp(helper);
  const profileB = new ProfilePage(pageB);
  await profileB.openOwn(helper.displayName);
  const profileUrl = pageB.url();
  const pointsBefore = await profileB.points(helper.displayName);

  const questionB = new QuestionPage(pageB);
  await pageB.goto(pageA.url());
  await questionB.postAnswer(answerText);
  await expect(questionB.answerBy(helper.displayName)).toContainText(answerText);

  // A sees the answer, finds it helpful and accepts it.
  await pageA.reload();
  const answer = questionA.answerBy(helper.displayName);
  await expect(answer).toContainText(answerText);
  const helpful = questionA.helpfulButton(answer);
  await expect(helpful).toHaveAttribute('aria-pressed', 'false');
  await helpful.click();
  await expect(helpful).toHaveAttribute('aria-pressed', 'true');
  await expect(helpful).toContainText('1');
  await questionA.acceptButton(answer).click();

  // Solved, with the solution first, without a reload.
  await expect(questionA.solvedBadge).toBeVisible();
  await expect(questionA.solutionBox).toContainText(answerText);
  await expect(questionA.regions.first()).toHaveAccessibleName('Solution');
  await expect(questionA.acceptButton(questionA.solutionBox)).toHaveCount(0);

  // B's points went up by 8 (a first answer) + 6 (helpful) + 15 (solution).
  await pageB.goto(profileUrl);
  const expectedPoints = pointsBefore + RULES.firstAnswerToOthers + RULES.answerMarkedHelpful + RULES.answerAccepted;
  await expect.poll(() => profileB.points(helper.displayName)).toBe(expectedPoints);
  await expect(profileB.levelBadge(helper.displayName)).toHaveText(`Level ${levelFor(expectedPoints)}`);
  await expect(profileB.stat(helper.displayName, '1 solution')).toBeVisible();

  await askerContext.close();
  await helperContext.close();
});
