import { ExecutionResult, FormattedExecutionResult } from 'graphql';
import type { Writable } from 'node:stream';
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

/**
 * Sending without graphql-ws (see shared-execution's direct delivery): the `next` message graphql-ws
 * would send, `{"id":<id>,"type":"next","payload":<payload>}` with `payload` from `nextPayload`, in two
 * parts: the subscription's own start, made once per subscription, and the rest, made once per result
 * and shared by every socket it goes to.
 */
const nextTailByResult = new WeakMap<ExecutionResult, Buffer>();

export function nextMessageStart(id: string): Buffer {
  return Buffer.from(`{"id":${JSON.stringify(id)}`);
}

export function nextMessageTail(result: ExecutionResult): Buffer {
  let tail = nextTailByResult.get(result);
  if (!tail) {
    const payload = nextPayload(result);
    tail = Buffer.from(`,"type":"next","payload":${jsonByPayload.get(payload)}}`);
    nextTailByResult.set(result, tail);
  }
  return tail;
}

/**
 * Writes the message made of `start` and `tail` on `connection`, the TCP socket under `socket`, as the
 * one unmasked text frame ws would make of it (RFC 6455: FIN and opcode 1, then the length in 7, 16 or
 * 64 bits), in one write instead of ws's header and data (a writev through a corked stream). Only for a
 * socket without permessage-deflate, where ws writes each frame synchronously, so frames never
 * interleave; nothing once the socket is no longer open, as graphql-ws's send.
 */
export function sendNextMessage(socket: WebSocket, connection: Writable, start: Buffer, tail: Buffer): void {
  if (socket.readyState !== WebSocket.OPEN) return;
  const length = start.length + tail.length;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x81;
  if (headerLength === 2) frame[1] = length;
  else if (headerLength === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  start.copy(frame, headerLength);
  tail.copy(frame, headerLength + start.length);
  connection.write(frame);
}
