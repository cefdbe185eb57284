import { LIVE_CLOSE_CODES } from '@agora/shared';
import { Page, WebSocketRoute } from '@playwright/test';

/**
 * The page's live connection (graphql-ws on /graphql), passed through the test so that the test can
 * cut it the way a restarting server or a refused token does. Set it up before the page connects.
 */
export class LiveSocket {
  private readonly opened: WebSocketRoute[] = [];
  private serverDown = false;

  private constructor(readonly page: Page) {}

  static async intercept(page: Page): Promise<LiveSocket> {
    const socket = new LiveSocket(page);
    await page.routeWebSocket(/\/graphql$/, async (route) => {
      if (socket.serverDown) return route.close({ code: LIVE_CLOSE_CODES.SERVICE_RESTART, reason: 'Service Restart' });
      route.connectToServer();
      socket.opened.push(route);
    });
    return socket;
  }

  /** How many connections the page has opened so far. */
  get connections(): number {
    return this.opened.length;
  }

  /**
   * As a restarting server: closes the connection (1012), refuses the page's attempts to connect again
   * while `meanwhile` runs, then lets the next attempt through.
   */
  async restartServer(meanwhile: () => Promise<void>): Promise<void> {
    this.serverDown = true;
    try {
      await this.drop(LIVE_CLOSE_CODES.SERVICE_RESTART, 'Service Restart');
      await meanwhile();
    } finally {
      this.serverDown = false;
    }
  }

  /** Closes the latest connection on both sides with this close code, as the server would. */
  async drop(code: number, reason: string): Promise<void> {
    const latest = this.opened.at(-1);
    if (!latest) throw new Error('The page has not opened its live connection yet');
    await latest.close({ code, reason });
  }
}
