import { Locator, Page } from '@playwright/test';

export interface QuestionDraft {
  community: string;
  title: string;
  body: string;
  tags?: string;
}

/** `/ask`. */
export class AskPage {
  readonly community: Locator;
  readonly title: Locator;
  readonly body: Locator;
  readonly tags: Locator;
  readonly submit: Locator;
  readonly tipOption: Locator;
  readonly publishTip: Locator;
  /** "Maybe one of these already answers it": likely duplicates of the title being typed. */
  readonly suggestions: Locator;

  constructor(readonly page: Page) {
    this.community = page.getByLabel('Community', { exact: true });
    this.title = page.getByLabel('Title', { exact: true });
    this.body = page.getByLabel('Details', { exact: true });
    this.tags = page.getByLabel('Tags', { exact: true });
    this.submit = page.getByRole('button', { name: 'Post your question' });
    this.tipOption = page.getByRole('radio', { name: /^Write a User Tip/ });
    this.publishTip = page.getByRole('button', { name: 'Publish your tip' });
    this.suggestions = page.getByRole('region', { name: 'Maybe one of these already answers it' });
  }

  /** A suggested question, by its title; its link opens in a new tab. */
  suggestion(title: string): Locator {
    return this.suggestions.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  async goto(communitySlug?: string): Promise<void> {
    await this.page.goto(communitySlug ? `/ask?community=${communitySlug}` : '/ask');
  }

  async fill(draft: QuestionDraft): Promise<void> {
    await this.community.selectOption({ label: draft.community });
    await this.title.fill(draft.title);
    await this.body.fill(draft.body);
    await this.tags.fill(draft.tags ?? '');
  }

  /** Publishes a User Tip; the "Write a User Tip" option must be chosen. */
  async writeTip(draft: QuestionDraft): Promise<void> {
    await this.fill(draft);
    await this.publishTip.click();
    await this.page.waitForURL(/\/questions\/\d+$/);
  }

  async ask(draft: QuestionDraft): Promise<void> {
    await this.fill(draft);
    await this.submit.click();
    await this.page.waitForURL(/\/questions\/\d+$/);
  }
}
