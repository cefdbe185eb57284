import { Locator, Page } from '@playwright/test';

/** `/moderation/watched-words`: the automatic filter list. */
export class WatchedWordsPage {
  readonly table: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Watched words' });
    this.form = page.getByRole('form', { name: 'Watch a new word' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/moderation/watched-words');
  }

  row(word: string): Locator {
    return this.table.getByRole('row').filter({ hasText: word });
  }

  async add({ word, action, rule, replacement }: { word: string; action: string; rule: string; replacement?: string }): Promise<void> {
    await this.form.getByLabel('Word or phrase').fill(word);
    await this.form.getByLabel('Action').selectOption({ label: action });
    if (replacement !== undefined) await this.form.getByLabel('Replacement').fill(replacement);
    await this.form.getByLabel('Rule').fill(rule);
    await this.form.getByRole('button', { name: 'Add word' }).click();
  }

  async remove(word: string): Promise<void> {
    await this.table.getByRole('button', { name: `Remove “${word}”` }).click();
  }
}
