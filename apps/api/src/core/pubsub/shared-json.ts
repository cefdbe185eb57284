import { ExecutionResult, FormattedExecutionResult } from 'graphql';
import { WebSocket } from 'ws';

/**
 * A subscription result serialised once, however many sockets it goes to.
 *
 * graphql-ws builds and stringifies every `next` message per subscriber, so 1,000 subscribers sharing
 * one result (see shared-execution) would cost 1,000 stringifications of the same payload. Instead:
 * - `nextPayload` (graphql-ws `onNext`) gives graphql-ws one payload object per result, and its JSON,
 *   made once, is kept beside it;
 * - `replaceKnownPayload` (graphql-ws `jsonMessageReplacer`) writes a short marker in its place and
 *   notes the JSON;
 * - `SplicingWebSocket.send` puts that JSON where the marker is: the bytes sent are exactly those
 *   graphql-ws would have sent.
 * graphql-ws stringifies a message and hands it to the socket in one synchronous step
 * (`socket.send(stringifyMessage(message, replacer))`), so the JSON noted by the replacer belongs to
 * the next message sent; the marker also has to end that message, or nothing is spliced.
 */

const payloadByResult = new WeakMap<ExecutionResult, FormattedExecutionResult>();
const jsonByPayload = new WeakMap<object, string>();

const MARKER = '\u0000agora:known-payload';
/** `"payload"` is the last key of graphql-ws's `next` message. */
const MARKED_END = `${JSON.stringify(MARKER)}}`;
let notedJson: string | null = null;

/** The `next` payload graphql-ws would build for `result`, the same object every time. */
export function nextPayload(result: ExecutionResult): FormattedExecutionResult {
  let payload = payloadByResult.get(result);
  if (!payload) {
    const { errors, ...withoutErrors } = result;
    payload = errors ? { ...withoutErrors, errors: errors.map((error) => error.toJSON()) } : withoutErrors;
    payloadByResult.set(result, payload);
    jsonByPayload.set(payload, JSON.stringify(payload));
  }
  return payload;
}

export function replaceKnownPayload(key: string, value: unknown): unknown {
  if (key !== 'payload' || typeof value !== 'object' || value === null) return value;
  const json = jsonByPayload.get(value);
  if (json === undefined) return value;
  notedJson = json;
  return MARKER;
}

/** `data` with the noted JSON in place of the marker that ends it; anything else as it is. */
export function spliceNotedJson(data: unknown): unknown {
  const json = notedJson;
  notedJson = null;
  return json !== null && typeof data === 'string' && data.endsWith(MARKED_END) ? `${data.slice(0, -MARKED_END.length)}${json}}` : data;
}

/** The socket class of the subscription server: every message goes through `spliceNotedJson`. */
export class SplicingWebSocket extends WebSocket {
  override send(data: unknown, ...rest: unknown[]): void {
    (WebSocket.prototype.send as (...args: unknown[]) => void).call(this, spliceNotedJson(data), ...rest);
  }
}
