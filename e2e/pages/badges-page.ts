import { Locator, Page } from '@playwright/test';

/** `/badges`. */
export class BadgesPage {
  readonly heading: Locator;
  /** One list item per badge, each headed by the badge's name. */
  readonly badges: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.badges = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  }

  async goto(): Promise<void> {
    await this.page.goto('/badges');
  }

  badge(name: string): Locator {
    return this.badges.filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  /** "Held by 11 members", or "Nobody holds this badge yet." */
  holderCount(badge: Locator): Locator {
    return badge.getByText(/^(Held by [\d,]+ members?|Nobody holds this badge yet\.)$/);
  }

  holders(badge: Locator): Locator {
    return badge.getByRole('list', { name: 'Recent holders' }).getByRole('listitem');
  }
}
