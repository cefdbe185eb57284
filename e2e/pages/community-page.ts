import { Locator, Page, Response } from '@playwright/test';

/** `/c/:slug`. */
export class CommunityPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly questionLinks: Locator;
  readonly followButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.filters = page.getByRole('navigation', { name: 'Show questions' });
    this.followButton = page.getByRole('button', { name: 'Follow community', exact: true });
    this.questionLinks = page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link');
  }

  goto(slug: string, search = ''): Promise<Response | null> {
    return this.page.goto(`/c/${slug}${search}`);
  }

  filter(name: 'All' | 'Solved' | 'Unsolved' | 'User Tips'): Locator {
    return this.filters.getByRole('link', { name, exact: true });
  }
}
