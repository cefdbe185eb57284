import { expect, Locator, Page } from '@playwright/test';

/** `/questions/:id`. */
export class QuestionPage {
  readonly main: Locator;
  readonly title: Locator;
  readonly solvedBadge: Locator;
  readonly solutionBox: Locator;
  readonly regions: Locator;
  readonly answerForm: Locator;
  readonly answerField: Locator;
  readonly meTooButton: Locator;
  readonly userTipLabel: Locator;
  readonly tipHelpfulButton: Locator;
  readonly followButton: Locator;
  /** "Ada is writing an answer…", above the answer form. */
  readonly composingStatus: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.title = page.getByRole('heading', { level: 1 });
    this.solvedBadge = this.main.getByRole('article').first().getByText('Solved', { exact: true });
    this.solutionBox = page.getByRole('region', { name: 'Solution' });
    this.regions = this.main.getByRole('region');
    this.answerForm = page.getByRole('region', { name: 'Your answer' });
    this.answerField = this.answerForm.getByLabel('Answer', { exact: true });
    this.meTooButton = page.getByRole('button', { name: /^I have this question too/ });
    this.userTipLabel = this.main.getByRole('article').first().getByText('User Tip', { exact: true });
    this.tipHelpfulButton = this.main.getByRole('article').first().getByRole('button', { name: /^Helpful/ });
    this.followButton = this.main.getByRole('article').first().getByRole('button', { name: 'Follow', exact: true });
    this.composingStatus = this.answerForm.getByRole('status');
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/questions/${id}`);
  }

  answerBy(displayName: string): Locator {
    return this.main.getByRole('article', { name: `Answer by ${displayName}` });
  }

  helpfulButton(answer: Locator): Locator {
    return answer.getByRole('button', { name: /^Helpful/ });
  }

  acceptButton(answer: Locator): Locator {
    return answer.getByRole('button', { name: 'Accept as solution' });
  }

  /** The question's own article (answers are articles too). */
  questionArticle(): Locator {
    return this.main.getByRole('article').first();
  }

  /** Reports a post (the question's article or an answer) through the report dialog. */
  async report(post: Locator, reason: string): Promise<void> {
    await post.getByRole('button', { name: 'Report', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Report to the moderators' });
    await dialog.getByLabel(reason).check();
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await expect(post.getByText('Reported', { exact: true })).toBeVisible();
  }

  /** What the author and staff read above a post out of public sight. */
  moderationNotice(post: Locator): Locator {
    return post.getByRole('complementary', { name: 'Moderation notice' });
  }

  async appeal(post: Locator, message: string): Promise<void> {
    await post.getByRole('button', { name: 'Appeal', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Appeal this decision' });
    await dialog.getByLabel('Your appeal').fill(message);
    await dialog.getByRole('button', { name: 'Send appeal' }).click();
    await expect(dialog).toBeHidden();
  }

  async postAnswer(text: string): Promise<void> {
    await this.answerField.fill(text);
    await this.answerForm.getByRole('button', { name: 'Post answer' }).click();
    await expect(this.answerField).toHaveValue('');
  }
}
