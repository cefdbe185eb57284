import { isQueryOperation } from './is-query-operation';

describe('isQueryOperation', () => {
  it('tells queries from writes, by operation name when the document holds several', () => {
    expect(isQueryOperation({ query: '{ badges { id } }' })).toBe(true);
    expect(isQueryOperation({ query: 'query Page($id: ID!) { question(id: $id) { id } }' })).toBe(true);
    expect(isQueryOperation({ query: 'mutation { signIn(input: {}) { token } }' })).toBe(false);
    expect(isQueryOperation({ query: 'subscription { answerPosted(questionId: 1) { id } }' })).toBe(false);
    const both = 'query Read { badges { id } } mutation Write { markHelpful(answerId: 1) { id } }';
    expect(isQueryOperation({ query: both, operationName: 'Read' })).toBe(true);
    expect(isQueryOperation({ query: both, operationName: 'Write' })).toBe(false);
  });

  it('answers false when it cannot tell', () => {
    expect(isQueryOperation({ query: 'query Read { badges { id } } query Other { badges { id } }' })).toBe(false);
    expect(isQueryOperation({ query: '{ unclosed' })).toBe(false);
    expect(isQueryOperation({ query: 42 })).toBe(false);
  });
});
