import { Locator, Page } from '@playwright/test';
import { SiteChrome } from './site-chrome';

export class HomePage {
  readonly chrome: SiteChrome;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.chrome = new SiteChrome(page);
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }
}
