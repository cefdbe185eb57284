import { ExecutionResult, GraphQLError } from 'graphql';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { nextPayload, replaceKnownPayload, spliceNotedJson } from './shared-json';

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
