import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, OperationDefinitionNode, parse } from 'graphql';
import { RequestContext } from '../auth/request-context';
import { ANONYMOUS_CACHE } from './anonymous-cache.decorators';
import { anonymousCaching } from './anonymous-cache.plugin';
import { AnonymousCacheSync } from './anonymous-cache-sync';
import { AnonymousReadCache } from './anonymous-read-cache';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { a: { type: GraphQLInt } } }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      announced: { type: GraphQLInt, extensions: { [ANONYMOUS_CACHE]: { invalidates: 'tags' } } },
      unseen: { type: GraphQLInt, extensions: { [ANONYMOUS_CACHE]: { invalidates: 'nothing', because: 'test' } } },
      undeclared: { type: GraphQLInt },
    },
  }),
});

describe('the anonymous cache plugin after a mutation', () => {
  async function send(document: string, errors = false): Promise<jest.Mock> {
    const flushEverywhere = jest.fn();
    const { plugin } = anonymousCaching(new AnonymousReadCache(60_000), { flushEverywhere } as unknown as AnonymousCacheSync);
    const listener = await plugin.requestDidStart?.({} as never);
    const operation = parse(document).definitions[0] as OperationDefinitionNode;
    await listener?.willSendResponse?.({
      operation,
      schema,
      request: {},
      errors: errors ? [new Error('failed')] : undefined,
      response: { body: { kind: 'single', singleResult: { data: {} } }, http: { headers: new Map() } },
      contextValue: { viewerId: '1' },
    } as unknown as GraphQLRequestContextWillSendResponse<RequestContext>);
    return flushEverywhere;
  }

  it('leaves the cache to the tags the mutations invalidate themselves', async () => {
    expect(await send('mutation { announced unseen __typename }')).not.toHaveBeenCalled();
  });

  it('empties it everywhere when a field does not say what it changes, even if the operation failed', async () => {
    expect(await send('mutation { announced undeclared }')).toHaveBeenCalledTimes(1);
    expect(await send('mutation { undeclared }', true)).toHaveBeenCalledTimes(1);
    expect(await send('mutation { ...F } fragment F on Mutation { announced }')).toHaveBeenCalledTimes(1);
  });
});
