import { expect, Locator, Page } from '@playwright/test';

/** `/moderation`: the open items, for staff. */
export class ModerationQueuePage {
  readonly list: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Open items' });
    this.dialog = page.getByRole('dialog');
  }

  async goto(): Promise<void> {
    await this.page.goto('/moderation');
  }

  /** The open item showing this text (a post's body or title, or an appeal's message). */
  item(text: string): Locator {
    return this.list.locator(':scope > li').filter({ hasText: text });
  }

  async remove(item: Locator, reason: string, note: string): Promise<void> {
    await item.getByRole('button', { name: 'Remove…' }).click();
    await this.fillRemoval(reason, note);
  }

  /** The removal dialog, opened from a button or the "r" shortcut. */
  async fillRemoval(reason: string, note: string): Promise<void> {
    await this.dialog.getByLabel('Reason').selectOption({ label: reason });
    await this.dialog.getByLabel('Note to the author (optional)').fill(note);
    await this.dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  async grantAppeal(item: Locator, response: string): Promise<void> {
    await item.getByRole('button', { name: 'Grant appeal' }).click();
    await this.dialog.getByLabel('Answer to the member (optional)').fill(response);
    await this.dialog.getByRole('button', { name: 'Grant appeal' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
