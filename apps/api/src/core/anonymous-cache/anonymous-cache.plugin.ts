import type { ApolloServerOptions, ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { RequestContext } from '../auth/request-context';
import { AnonymousCacheSync } from './anonymous-cache-sync';
import { AnonymousReadCache } from './anonymous-read-cache';

/** Mutations that change nothing an anonymous page shows in a way worth a refetch. */
const MUTATIONS_KEEPING_CACHE = new Set(['recordQuestionView']);

type StringifyResult = NonNullable<ApolloServerOptions<RequestContext>['stringifyResult']>;

/**
 * Fills the anonymous cache with successful signed-out queries and empties it, on every instance,
 * after any write. Emptying everything is blunt but exact: no page outlives a change.
 * The plugin decides what to keep; `stringifyResult` (Apollo's serializer) keeps the very string
 * Apollo sends, so a response is serialized once and a hit replays the same bytes.
 */
export function anonymousCaching(cache: AnonymousReadCache, sync: AnonymousCacheSync): { plugin: ApolloServerPlugin<RequestContext>; stringifyResult: StringifyResult } {
  // Apollo hands the serializer a copy of the result with the same `data`: that object links the two.
  const toKeep = new WeakMap<object, GraphQLRequest>();
  const plugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, operation, contextValue, errors }) {
          if (!operation || response.body.kind !== 'single' || errors?.length || response.body.singleResult.errors) return;
          if (operation.operation === 'mutation') {
            if (!isViewCountOnly(operation)) sync.flushEverywhere();
            return;
          }
          const { data } = response.body.singleResult;
          if (operation.operation === 'query' && data && !contextValue.viewerId && !request.http?.headers.get('authorization')) toKeep.set(data, request);
        },
      };
    },
  };
  const stringifyResult: StringifyResult = (result) => {
    const json = `${JSON.stringify(result)}\n`; // as Apollo's own serializer writes it
    const request = result.data && toKeep.get(result.data);
    if (request) cache.set(request, json);
    return json;
  };
  return { plugin, stringifyResult };
}

function isViewCountOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((field) => field.kind === 'Field' && MUTATIONS_KEEPING_CACHE.has(field.name.value));
}
