import { createSourceEventStream, execute, ExecutionArgs, ExecutionResult, print } from 'graphql';
import { RequestContext } from '../auth/request-context';
import { mapEvents } from './map-events';

/**
 * Per event (the pub/sub hands every subscriber the same payload object), the results already
 * computed for each shareable selection. Dropped with the event.
 */
const resultsByEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

/**
 * graphql-js `subscribe`, except that signed-out subscribers with the same document, variables and
 * operation share one execution (and so one serialisation) per event: what they may see does not
 * depend on who they are. Signed-in subscribers get their own, since fields such as
 * `viewerHasMarkedHelpful` or a removed post's visibility to its author differ per person. Each
 * subscriber's filter (the delivery check) still runs before, per subscriber.
 */
export async function subscribeSharingResults(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const ctx = args.contextValue as RequestContext;
  const shareKey =
    ctx.viewerId === null ? `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${print(args.document)}` : null;
  return mapEvents(stream[Symbol.asyncIterator](), (event) => {
    const run = () => execute({ ...args, rootValue: event }) as Promise<ExecutionResult>;
    if (shareKey === null || typeof event !== 'object' || event === null) return run();
    let results = resultsByEvent.get(event);
    if (!results) resultsByEvent.set(event, (results = new Map()));
    let result = results.get(shareKey);
    if (!result) results.set(shareKey, (result = Promise.resolve(run())));
    return result;
  });
}
