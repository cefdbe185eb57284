import { Locator, Page } from '@playwright/test';
import { SiteChrome } from './site-chrome';

/** `/unanswered` and `/unsolved`: the "Help others" queues, oldest first. */
export class HelpQueuePage {
  readonly chrome: SiteChrome;
  readonly heading: Locator;
  readonly tabs: Locator;
  readonly community: Locator;
  /** "8 questions waiting". */
  readonly count: Locator;
  readonly items: Locator;
  readonly titles: Locator;
  readonly loadMore: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.chrome = new SiteChrome(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.tabs = main.getByRole('navigation', { name: 'Questions waiting' });
    this.community = main.getByLabel('Community', { exact: true });
    this.count = main.getByRole('status').filter({ hasText: /^[\d,]+ questions? waiting$/ });
    this.items = main.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    this.titles = this.items.getByRole('heading', { level: 3 }).getByRole('link');
    this.loadMore = main.getByRole('button', { name: 'Load more' });
  }

  async goto(queue: 'unanswered' | 'unsolved', community?: string): Promise<void> {
    await this.page.goto(community ? `/${queue}?community=${community}` : `/${queue}`);
  }

  tab(name: 'Unanswered' | 'No solution after 7 days'): Locator {
    return this.tabs.getByRole('link', { name, exact: true });
  }

  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }
}
