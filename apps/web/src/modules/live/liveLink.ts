import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { LIVE_CLOSE_CODES } from '@agora/shared';
import { createClient } from 'graphql-ws';
import { clearAuthToken, readAuthToken, subscribeToAuthToken } from '../../lib/authToken';

/** Not a code the API sends: the app closes its own socket with it to reconnect as someone else. */
const RESTART_CLOSE_CODE = 4205;

/** 0.5 s, 1 s, 2 s... up to 30 s, each shortened by up to half so that many tabs do not come back at once. */
function backOff(retries: number): Promise<void> {
  const delay = Math.min(500 * 2 ** retries, 30_000) * (0.5 + Math.random() / 2);
  return new Promise((resolve) => setTimeout(resolve, delay));
}

function isCloseEvent(event: unknown): event is { code: number } {
  return typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number';
}

function socketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * Subscriptions over graphql-ws on the page's own origin, as the signed-in member. It connects with the
 * first subscription, retries for ever after a dropped connection or a server restart (resubscribing
 * each active subscription), and reconnects when the member signs in or out. `onReconnected` runs after
 * each reconnection, so what happened while the socket was down can be fetched.
 */
export function createLiveLink({ onReconnected }: { onReconnected: () => void }): GraphQLWsLink {
  // The token the current connection was opened with; `undefined` before the first one.
  let connectedAs: string | null | undefined;
  let socket: WebSocket | null = null;

  const restartIfStale = () => {
    if (socket?.readyState === WebSocket.OPEN && connectedAs !== readAuthToken()) socket.close(RESTART_CLOSE_CODE, 'Session changed');
  };

  const client = createClient({
    url: socketUrl,
    connectionParams: () => {
      connectedAs = readAuthToken();
      return connectedAs ? { authorization: `Bearer ${connectedAs}` } : {};
    },
    retryAttempts: Infinity,
    retryWait: backOff,
    shouldRetry: (event) => {
      if (!isCloseEvent(event) || event.code !== LIVE_CLOSE_CODES.FORBIDDEN) return true;
      // The token was refused (expired, or its account is gone): end the session as the HTTP 401 path
      // does, and come back signed out. Refused while signed out, there is nothing left to try.
      if (!connectedAs) return false;
      if (readAuthToken() === connectedAs) clearAuthToken();
      return true;
    },
    on: {
      connected: (connected, _payload, wasRetry) => {
        socket = connected as WebSocket;
        // Signed in or out while the socket was opening: open it again with the new token.
        restartIfStale();
        if (wasRetry) onReconnected();
      },
      closed: () => {
        socket = null;
      },
    },
  });
  subscribeToAuthToken(restartIfStale);
  return new GraphQLWsLink(client);
}
