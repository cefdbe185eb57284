import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphQLResponse } from './test-app';

/** Time for a new subscription to reach the pub/sub (a Redis SUBSCRIBE is a round trip). */
export const SUBSCRIPTION_SETTLE_MS = 300;

/** One graphql-ws connection, as the web client opens it: the token goes in connectionParams. */
export class LiveClient {
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly client: Client;

  constructor(baseUrl: string, token?: string) {
    let onClosed: (event: { code: number; reason: string }) => void = () => undefined;
    this.closed = new Promise((resolve) => (onClosed = resolve));
    this.client = createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
      // A refused connection is observed through `closed`, not logged.
      onNonLazyError: () => undefined,
      on: { closed: (event) => onClosed(event as { code: number; reason: string }) },
    });
  }

  /** Subscribes and resolves once the subscription has had time to register on the server. */
  async subscribe(query: string, variables: Record<string, unknown> = {}): Promise<Subscription> {
    const subscription = new Subscription();
    subscription.dispose = this.client.subscribe({ query, variables }, subscription.sink);
    await new Promise((resolve) => setTimeout(resolve, SUBSCRIPTION_SETTLE_MS));
    return subscription;
  }

  dispose(): Promise<void> {
    return Promise.resolve(this.client.dispose());
  }
}

export class Subscription {
  dispose: () => void = () => undefined;
  private readonly received: GraphQLResponse[] = [];
  private waiting: ((result: GraphQLResponse) => void) | null = null;

  readonly sink = {
    next: (result: GraphQLResponse) => {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = null;
        resolve(result);
      } else this.received.push(result);
    },
    // graphql-ws reports refused operations as a list of GraphQL errors, a lost socket as its close event.
    error: (error: unknown) =>
      this.sink.next({ errors: Array.isArray(error) ? error : [{ message: `socket closed: ${(error as { code?: number }).code}` }] }),
    complete: () => undefined,
  };

  /** The next message, or an error after `timeoutMs`. */
  next(timeoutMs = 2_000): Promise<GraphQLResponse> {
    const queued = this.received.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        reject(new Error(`No subscription message within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting = (result) => {
        clearTimeout(timer);
        resolve(result);
      };
    });
  }

  /** Fails if anything arrives within `ms`. */
  async expectNothing(ms = 500): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (this.received.length > 0) throw new Error(`Expected no message, got ${JSON.stringify(this.received)}`);
  }
}

/**
 * graphql-transport-ws spoken by hand, for tests about the bytes on the wire: `next` resolves with the
 * next `next` message exactly as the server sent it.
 */
export class RawLiveSocket {
  private readonly socket: WebSocket;
  private readonly messages: string[] = [];
  private waiting: ((message: string) => void) | null = null;

  private constructor(baseUrl: string) {
    this.socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    this.socket.on('message', (data) => {
      const message = String(data);
      if (JSON.parse(message).type !== 'next') return;
      if (this.waiting) this.waiting(message);
      else this.messages.push(message);
      this.waiting = null;
    });
  }

  /** Connected, acknowledged and subscribed with id "1". */
  static async subscribe(baseUrl: string, token: string | undefined, query: string, variables: Record<string, unknown>): Promise<RawLiveSocket> {
    const raw = new RawLiveSocket(baseUrl);
    await new Promise((resolve, reject) => raw.socket.once('open', resolve).once('error', reject));
    const acknowledged = new Promise((resolve) => raw.socket.once('message', resolve));
    raw.socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} }));
    await acknowledged;
    raw.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
    await new Promise((resolve) => setTimeout(resolve, SUBSCRIPTION_SETTLE_MS));
    return raw;
  }

  next(timeoutMs = 2_000): Promise<string> {
    const queued = this.messages.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No next message within ${timeoutMs} ms`)), timeoutMs);
      this.waiting = (message) => {
        clearTimeout(timer);
        resolve(message);
      };
    });
  }

  close(): void {
    this.socket.close();
  }
}
