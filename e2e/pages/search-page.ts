import { Locator, Page } from '@playwright/test';
import { SiteChrome } from './site-chrome';

/** What a filter chip says to assistive technology, and its whole text: "Remove filter: Tag: wifi". */
export function chipName(label: string): string {
  return `Remove filter: ${label}`;
}

/** `/search?q=…&sort=NEWEST`. */
export class SearchPage {
  readonly chrome: SiteChrome;
  readonly heading: Locator;
  readonly field: Locator;
  readonly submit: Locator;
  /** "12 results", announced as the results change. */
  readonly resultCount: Locator;
  readonly results: Locator;
  /** The title link of each result, in order. */
  readonly resultTitles: Locator;
  readonly quickFilters: Locator;
  readonly community: Locator;
  readonly chips: Locator;
  readonly sort: Locator;
  readonly emptyState: Locator;
  readonly tips: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.chrome = new SiteChrome(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.field = main.getByRole('searchbox', { name: 'Your search' });
    this.submit = main.getByRole('button', { name: 'Search', exact: true });
    this.resultCount = main.getByRole('status').filter({ hasText: /^[\d,]+ results?$/ });
    this.results = main.getByRole('list', { name: 'Results' }).getByRole('listitem');
    this.resultTitles = this.results.getByRole('heading', { level: 3 }).getByRole('link');
    this.quickFilters = main.getByRole('group', { name: 'Show only' });
    this.community = main.getByLabel('Community', { exact: true });
    this.chips = main.getByRole('list', { name: 'Filters in use' }).getByRole('button');
    this.sort = main.getByRole('navigation', { name: 'Sort by' });
    this.emptyState = main.getByRole('heading', { level: 2, name: /^No results for/ });
    this.tips = main.getByRole('heading', { level: 2, name: 'Search tips' });
    this.alert = main.getByRole('alert');
  }

  async goto(query: string, sort?: 'NEWEST'): Promise<void> {
    const params = new URLSearchParams({ q: query });
    if (sort) params.set('sort', sort);
    await this.page.goto(`/search?${params}`);
  }

  /** Runs a new search from the page's own field. */
  async search(query: string): Promise<void> {
    await this.field.fill(query);
    await this.submit.click();
  }

  quickFilter(name: 'Solved' | 'Unsolved'): Locator {
    return this.quickFilters.getByRole('button', { name, exact: true });
  }

  /** The chip of an operator in the query, such as "Solved" or "Tag: wifi"; pressing it removes the operator. */
  chip(label: string): Locator {
    return this.chips.and(this.page.getByRole('button', { name: chipName(label), exact: true }));
  }

  sortOption(name: 'Relevance' | 'Newest'): Locator {
    return this.sort.getByRole('link', { name, exact: true });
  }

  result(title: string): Locator {
    return this.results.filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }

  /** The URL's query and sort, as the page keeps them. */
  params(): { q: string | null; sort: string | null } {
    const url = new URL(this.page.url());
    return { q: url.searchParams.get('q'), sort: url.searchParams.get('sort') };
  }
}
