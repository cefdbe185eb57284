import { Locator, Page } from '@playwright/test';

export interface Standing {
  rank: number;
  name: string;
  points: number;
}

/** `/leaderboard`. */
export class LeaderboardPage {
  readonly heading: Locator;
  readonly periods: Locator;
  readonly community: Locator;
  readonly table: Locator;
  /** Body rows: the ones with a member's name as their row header. */
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.periods = page.getByRole('navigation', { name: 'Period' });
    this.community = page.getByRole('main').getByLabel('Community', { exact: true });
    this.table = page.getByRole('table', { name: /^Top members/ });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/leaderboard${search}`);
  }

  period(name: 'This week' | 'This month' | 'All time'): Locator {
    return this.periods.getByRole('link', { name, exact: true });
  }

  memberLink(row: Locator): Locator {
    return row.getByRole('rowheader').getByRole('link');
  }

  /** The table as shown: rank, member and points of each row, in order. */
  async standings(): Promise<Standing[]> {
    const standings: Standing[] = [];
    for (const row of await this.rows.all()) {
      const [rank, points] = await row.getByRole('cell').allInnerTexts();
      standings.push({ rank: toNumber(rank), name: (await this.memberLink(row).innerText()).trim(), points: toNumber(points) });
    }
    return standings;
  }
}

function toNumber(text: string): number {
  return Number(text.replace(/[^\d-]/g, ''));
}
