import { expect, Locator, Page } from '@playwright/test';
import { SiteChrome } from './site-chrome';

/** `/users/:id`. */
export class ProfilePage {
  readonly chrome: SiteChrome;
  readonly name: Locator;
  readonly badges: Locator;
  readonly badgeItems: Locator;
  /** Only there for the member themself and for staff. */
  readonly history: Locator;
  readonly historyItems: Locator;
  readonly historyLoadMore: Locator;

  constructor(readonly page: Page) {
    this.chrome = new SiteChrome(page);
    this.name = page.getByRole('heading', { level: 1 });
    this.badges = page.getByRole('region', { name: 'Badges', exact: true });
    this.badgeItems = this.badges.getByRole('listitem');
    this.history = page.getByRole('region', { name: 'Points history', exact: true });
    this.historyItems = this.history.getByRole('listitem');
    this.historyLoadMore = this.history.getByRole('button', { name: 'Load more' });
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/users/${id}`);
  }

  /** Opens the signed-in person's own profile from the header. */
  async openOwn(displayName: string): Promise<void> {
    await this.chrome.accountLink(displayName).click();
    await expect(this.name).toHaveText(displayName);
  }

  card(displayName: string): Locator {
    return this.page.getByRole('region', { name: displayName });
  }

  levelBadge(displayName: string): Locator {
    return this.card(displayName).getByText(/^Level \d+$/);
  }

  stat(displayName: string, text: string | RegExp): Locator {
    return this.card(displayName).getByText(text, { exact: true });
  }

  /** "64 points to Level 2", or "Top level". */
  progress(displayName: string): Locator {
    return this.card(displayName).getByText(/^([\d,]+ points? to Level \d+|Top level)$/);
  }

  badge(name: string): Locator {
    return this.badgeItems.filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  /** The reputation the profile shows, such as "1,234 points". */
  async points(displayName: string): Promise<number> {
    const text = await this.card(displayName).getByText(/^[\d,]+ points?$/).textContent();
    return Number((text ?? '').replace(/[^\d]/g, ''));
  }
}
