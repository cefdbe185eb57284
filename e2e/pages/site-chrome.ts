import { Locator, Page } from '@playwright/test';

/** The header and footer every page shares. */
export class SiteChrome {
  readonly header: Locator;
  readonly footer: Locator;
  readonly signOutButton: Locator;
  readonly languageSelect: Locator;
  /** The header's search field; on narrow screens it shows once `searchToggle` is pressed. */
  readonly searchBox: Locator;
  readonly searchToggle: Locator;
  /** The link to the inbox; its name says how many are unread ("Notifications, 2 unread"). */
  readonly notificationBell: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.footer = page.getByRole('contentinfo');
    this.signOutButton = this.header.getByRole('button', { name: 'Sign out' });
    this.languageSelect = this.footer.getByRole('combobox');
    this.searchBox = this.header.getByRole('search').getByRole('searchbox', { name: 'Search', exact: true });
    this.searchToggle = this.header.getByRole('button', { name: 'Show the search field' });
    this.notificationBell = this.header.getByRole('link', { name: /^Notifications/ });
  }

  /** Types a search in the header and submits it with Enter. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await this.searchBox.press('Enter');
  }

  /** "Help others" (members from level 2 and staff), "Leaderboard" and "Badges". */
  siteLink(name: 'Help others' | 'Leaderboard' | 'Badges'): Locator {
    return this.header.getByRole('navigation', { name: 'Explore' }).getByRole('link', { name, exact: true });
  }

  /** The signed-in person's link to their profile, named by their display name and level. */
  accountLink(displayName: string): Locator {
    return this.header.getByRole('link', { name: new RegExp(`^${escapeRegExp(displayName)}\\b`) });
  }

  async chooseLanguage(label: 'English' | 'Français'): Promise<void> {
    await this.languageSelect.selectOption({ label });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
