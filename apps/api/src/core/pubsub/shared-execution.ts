import { createSourceEventStream, execute, ExecutionArgs, ExecutionResult, print } from 'graphql';
import { DataSource } from 'typeorm';
import type { Writable } from 'node:stream';
import type { WebSocket } from 'ws';
import { seesSharedView } from '../../modules/users/viewer-permissions';
import { accountStatesById } from '../../modules/users/users.loaders';
import { RequestContext, SharedPerspective } from '../auth/request-context';
import { deliveryLoaders, eventLoaders } from '../dataloaders/event-loaders';
import { mapEvents } from './map-events';
import { nextMessageStart, nextMessageTail, sendNextMessage } from './shared-json';
import { TopicWatch } from './topic-fan-out';

/** Executions of subscription events, for the tests and (with BENCH_COUNTERS=1) the fan-out benchmark. */
export const subscriptionCounters = { executions: 0 };

interface SharedRun {
  result: Promise<ExecutionResult>;
  perspective: SharedPerspective;
}

/**
 * Per event (the pub/sub hands every subscriber the same payload object), the one execution of each
 * selection (document, variables, operation) seen so far. Dropped with the event.
 */
const runsByEvent = new WeakMap<object, Map<string, SharedRun>>();

interface SubscriptionSocket {
  socket: WebSocket;
  /** The TCP connection under `socket`. */
  connection: Writable;
  /** graphql-ws's id of the subscription. */
  id: string;
}

/** The socket and subscription id of an operation's context: set by the subscription server. */
const socketsByContext = new WeakMap<RequestContext, SubscriptionSocket>();

/** Lets the subscription whose context is `ctx` write its messages on its socket itself (see below). */
export function sendsOn(ctx: RequestContext, socket: SubscriptionSocket): RequestContext {
  socketsByContext.set(ctx, socket);
  return ctx;
}

/**
 * graphql-js `subscribe`, except that each event is executed once per selection for all its
 * subscribers, as nobody in particular (no viewer, the event's loaders), and that run records whether
 * its result depends on who reads it (see `SharedPerspective`). Signed-out subscribers always take that
 * result: it is theirs. A signed-in one takes it when `seesSharedView` says it is exactly theirs too,
 * else gets an execution of its own, as every subscriber used to. Each subscriber's filter (the
 * delivery check) still runs before, per subscriber; a result object shared by many is also
 * serialised once (see shared-json).
 *
 * A subscription to a topic of `TopicFanOut` whose socket is known (`sendsOn`) is delivered directly:
 * its events come from the fan-out, grouped with the other subscriptions of the same viewer and
 * selection, and its `next` messages are written by `sendNextMessage`, byte for byte what graphql-ws
 * would write. graphql-ws's loop then only waits for the end of the subscription (complete, socket
 * closed, or an error it reports as graphql-ws does).
 */
export function subscribeSharingResults(dataSource: DataSource) {
  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    const subscriber = args.contextValue as RequestContext;
    const selection = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${print(args.document)}`;
    const run = (event: unknown, contextValue: RequestContext) => {
      subscriptionCounters.executions++;
      return Promise.resolve(execute({ ...args, rootValue: event, contextValue }) as ExecutionResult | Promise<ExecutionResult>);
    };
    // A subscription's context lives as long as it does; each event gets loaders of its own, so no
    // cache serves the state of an earlier event.
    const runOwn = (event: object) => run(event, { ...subscriber, loaders: deliveryLoaders(dataSource, subscriber.viewerId, event) });

    const resultFor = async (event: unknown): Promise<ExecutionResult> => {
      if (typeof event !== 'object' || event === null) return run(event, subscriber);
      const shared = sharedRunOf(event, selection, (perspective) => run(event, sharedContext(dataSource, event, perspective)));
      const result = await shared.result;
      if (subscriber.viewerId === null) return result;
      const viewer = shared.perspective.dependsOnViewer ? null : await eventLoaders(dataSource, event).get(accountStatesById).load(subscriber.viewerId);
      return viewer && seesSharedView(shared.perspective, viewer) ? result : runOwn(event);
    };

    const socket = socketsByContext.get(subscriber);
    if (stream instanceof TopicWatch && socket) {
      const start = nextMessageStart(socket.id);
      const watch: TopicWatch<object> = stream;
      watch.consumeWith<ExecutionResult>({
        key: `${subscriber.viewerId ?? ''}\n${selection}`,
        prepare: async (event, allowed) => ((await allowed) ? resultFor(event) : null),
        send: (result) => sendNextMessage(socket.socket, socket.connection, start, nextMessageTail(result)),
        fail: (error) => watch.fail(error),
      });
      return watch as AsyncIterableIterator<never>;
    }
    return mapEvents(stream[Symbol.asyncIterator](), resultFor);
  };
}

/** The event's run of this selection, started by the first subscriber to ask. */
function sharedRunOf(event: object, selection: string, start: (perspective: SharedPerspective) => Promise<ExecutionResult>): SharedRun {
  let runs = runsByEvent.get(event);
  if (!runs) runsByEvent.set(event, (runs = new Map()));
  let shared = runs.get(selection);
  if (!shared) {
    const perspective: SharedPerspective = { dependsOnViewer: false, ownersConsulted: new Set(), usersComparedWithViewer: new Set() };
    shared = { perspective, result: start(perspective) };
    runs.set(selection, shared);
  }
  return shared;
}

/**
 * The shared execution's context: no viewer, the event's loaders. Asking it who the viewer is, or for
 * a per-viewer loader, marks the result as depending on the viewer; `viewerOwnsOrModerates` and
 * `viewerIs` see `sharedPerspective` and record whom they were asked about.
 */
function sharedContext(dataSource: DataSource, event: object, perspective: SharedPerspective): RequestContext {
  const markDependent = () => void (perspective.dependsOnViewer = true);
  return {
    get viewerId() {
      markDependent();
      return null;
    },
    loaders: deliveryLoaders(dataSource, null, event, markDependent),
    sharedPerspective: perspective,
  };
}
