import { expect, Locator, Page } from '@playwright/test';

/** `/notifications`: the inbox. */
export class NotificationsPage {
  readonly heading: Locator;
  readonly items: Locator;
  readonly unreadItems: Locator;
  readonly markAllReadButton: Locator;
  readonly filters: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Notifications' });
    this.items = page.getByRole('main').getByRole('listitem');
    // Unread items say so to assistive technology, and carry their own "Mark as read" button.
    this.unreadItems = this.items.filter({ has: page.getByRole('button', { name: 'Mark as read' }) });
    this.markAllReadButton = page.getByRole('button', { name: 'Mark all as read' });
    this.filters = page.getByRole('navigation', { name: 'Show' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/notifications');
  }

  /** The item whose sentence is `sentence`; its link leads to what it is about. */
  item(sentence: string | RegExp): Locator {
    return this.items.filter({ has: this.page.getByRole('link', { name: sentence }) });
  }

  link(sentence: string | RegExp): Locator {
    return this.items.getByRole('link', { name: sentence });
  }
}

/** How many unread notifications the header bell announces ("Notifications, 2 unread"; 0 without a number). */
export async function bellUnreadCount(bell: Locator): Promise<number> {
  // Busy until the count is known.
  await expect(bell).not.toHaveAttribute('aria-busy');
  const name = (await bell.getAttribute('aria-label')) ?? '';
  return Number(/(\d+) unread/.exec(name)?.[1] ?? 0);
}
