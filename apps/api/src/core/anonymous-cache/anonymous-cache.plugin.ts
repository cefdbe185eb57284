import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { RequestContext } from '../auth/request-context';
import { AnonymousCacheSync } from './anonymous-cache-sync';
import { AnonymousReadCache } from './anonymous-read-cache';

/** Mutations that change nothing an anonymous page shows in a way worth a refetch. */
const MUTATIONS_KEEPING_CACHE = new Set(['recordQuestionView']);

/**
 * Fills the anonymous cache with successful signed-out queries and empties it, on every instance,
 * after any write. Emptying everything is blunt but exact: no page outlives a change.
 */
export function anonymousCachePlugin(cache: AnonymousReadCache, sync: AnonymousCacheSync): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, operation, contextValue, errors }) {
          if (!operation || response.body.kind !== 'single' || errors?.length || response.body.singleResult.errors) return;
          if (operation.operation === 'mutation') {
            if (!isViewCountOnly(operation)) sync.flushEverywhere();
            return;
          }
          if (operation.operation === 'query' && !contextValue.viewerId && !request.http?.headers.get('authorization')) {
            cache.set(request, JSON.stringify(response.body.singleResult));
          }
        },
      };
    },
  };
}

function isViewCountOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((field) => field.kind === 'Field' && MUTATIONS_KEEPING_CACHE.has(field.name.value));
}
