import { ExecutionResult, GraphQLError } from 'graphql';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { Writable } from 'node:stream';
import { WebSocket } from 'ws';
import { nextMessageStart, nextMessageTail, nextPayload, replaceKnownPayload, sendNextMessage, spliceNotedJson } from './shared-json';

/** What graphql-ws sends for `result` on its own (no onNext, no replacer). */
function graphqlWsDefault(id: string, result: ExecutionResult): string {
  const { errors, ...withoutErrors } = result;
  return stringifyMessage({ id, type: MessageType.Next, payload: { ...withoutErrors, ...(errors ? { errors: errors.map((error) => error.toJSON()) } : {}) } });
}

function sentFor(id: string, result: ExecutionResult): unknown {
  return spliceNotedJson(stringifyMessage({ id, type: MessageType.Next, payload: nextPayload(result) }, replaceKnownPayload));
}

describe('a subscription result serialised once', () => {
  const result: ExecutionResult = {
    data: { answerPosted: { id: '12', body: 'Ça marche "enfin"\u2028 — merci', author: null } },
    errors: [new GraphQLError('Author gone', { path: ['answerPosted', 'author'], extensions: { code: 'NOT_FOUND' } })],
  };

  it('sends exactly the bytes graphql-ws would have sent, errors and escapes included', () => {
    expect(sentFor('1', result)).toBe(graphqlWsDefault('1', result));
    expect(sentFor('a-much-longer-subscription-id', { data: { n: 1 } })).toBe(graphqlWsDefault('a-much-longer-subscription-id', { data: { n: 1 } }));
  });

  it('hands graphql-ws the same payload object, so its JSON is made once, for every delivery of a result', () => {
    expect(nextPayload(result)).toBe(nextPayload(result));
    expect(sentFor('1', result)).toBe(sentFor('1', result));
    expect(nextPayload({ data: { n: 1 } })).not.toBe(nextPayload({ data: { n: 1 } }));
  });

  it('leaves every other message as graphql-ws wrote it', () => {
    const error = stringifyMessage({ id: '1', type: MessageType.Error, payload: [{ message: 'payload' }] }, replaceKnownPayload);
    expect(spliceNotedJson(error)).toBe(stringifyMessage({ id: '1', type: MessageType.Error, payload: [{ message: 'payload' }] }));
    const ownPayload = stringifyMessage({ id: '1', type: MessageType.Next, payload: { data: { payload: 'x' } } }, replaceKnownPayload);
    expect(spliceNotedJson(ownPayload)).toBe(stringifyMessage({ id: '1', type: MessageType.Next, payload: { data: { payload: 'x' } } }));
  });

  it('splices nothing into a message it did not mark, even after a marked one went unsent', () => {
    stringifyMessage({ id: '1', type: MessageType.Next, payload: nextPayload({ data: { unsent: true } }) }, replaceKnownPayload);
    expect(spliceNotedJson('{"type":"pong"}')).toBe('{"type":"pong"}');
    expect(spliceNotedJson('{"type":"complete","id":"1"}')).toBe('{"type":"complete","id":"1"}');
  });
});

describe('a subscription result written straight to the TCP socket', () => {
  /** ws's framing (public in ws, missing from its types). */
  const { Sender } = WebSocket as unknown as { Sender: { frame(data: Buffer, options: Record<string, unknown>): Buffer[] } };
  /** The bytes ws writes for graphql-ws's text message: its frame header, then the message. */
  const wsFrame = (message: string): Buffer => Buffer.concat(Sender.frame(Buffer.from(message), { fin: true, opcode: 1, mask: false, readOnly: true, rsv1: false }));
  const written = (readyState: number, id: string, result: ExecutionResult): Buffer => {
    const chunks: Buffer[] = [];
    const connection = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk), done()) });
    sendNextMessage({ readyState } as WebSocket, connection, nextMessageStart(id), nextMessageTail(result));
    return Buffer.concat(chunks);
  };

  it.each([
    ['a short one (7-bit length)', 'a', { data: { n: 1 } }],
    ['one of 126 to 65,535 bytes (16-bit length), with escapes and non-ASCII text', '0b7a6f0e-1d7e-4b43-9f0d-5a8f1f6f2b11', { data: { answerPosted: { id: '12', body: 'Ça marche "enfin"\u2028 — merci '.repeat(20) } } }],
    ['one over 65,535 bytes (64-bit length)', 'x"y', { data: { body: 'é'.repeat(40_000) } }],
    ['one with errors', '1', { data: { answerPosted: null }, errors: [new GraphQLError('Author gone', { path: ['answerPosted'], extensions: { code: 'NOT_FOUND' } })] }],
  ])('writes exactly the frame ws writes for the message graphql-ws sends: %s', (_name, id: string, result: ExecutionResult) => {
    expect(written(WebSocket.OPEN, id, result).equals(wsFrame(graphqlWsDefault(id, result)))).toBe(true);
  });

  it('makes the shared part of a message once per result', () => {
    const result = { data: { n: 2 } };
    expect(nextMessageTail(result)).toBe(nextMessageTail(result));
  });

  it('writes nothing on a socket that is closing or closed, as graphql-ws does not', () => {
    expect(written(WebSocket.CLOSING, '1', { data: { n: 1 } }).length).toBe(0);
    expect(written(WebSocket.CLOSED, '1', { data: { n: 1 } }).length).toBe(0);
  });
});
