import type { ApolloServerOptions, ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { RequestContext } from '../auth/request-context';
import { ANONYMOUS_CACHE, WriteEffect } from './anonymous-cache.decorators';
import { AnonymousCacheSync } from './anonymous-cache-sync';
import { AnonymousReadCache } from './anonymous-read-cache';
import { ReadTagCollector } from './read-tags';

type StringifyResult = NonNullable<ApolloServerOptions<RequestContext>['stringifyResult']>;

/**
 * Fills the anonymous cache with successful signed-out queries, each under the tags it collected
 * (tag-anonymous-reads.ts). Writes drop what they change through their own transaction
 * (AnonymousCacheSync.invalidate); a mutation that does not say so empties the whole cache, on every
 * instance, as every write did before tags.
 * The plugin decides what to keep; `stringifyResult` (Apollo's serializer) keeps the very string
 * Apollo sends, so a response is serialized once and a hit replays the same bytes.
 */
export function anonymousCaching(cache: AnonymousReadCache, sync: AnonymousCacheSync): { plugin: ApolloServerPlugin<RequestContext>; stringifyResult: StringifyResult } {
  // Apollo hands the serializer a copy of the result with the same `data`: that object links the two.
  const toKeep = new WeakMap<object, { request: GraphQLRequest; tags: ReadTagCollector }>();
  const plugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, operation, contextValue, errors, schema }) {
          if (!operation) return;
          if (operation.operation === 'mutation') {
            // Even when it failed: an earlier field of the same operation may have committed.
            if (!announcesItsChanges(schema, operation)) sync.flushEverywhere();
            return;
          }
          if (response.body.kind !== 'single' || errors?.length || response.body.singleResult.errors) return;
          const { data } = response.body.singleResult;
          const tags = contextValue.readTags;
          if (operation.operation === 'query' && data && tags && !contextValue.viewerId && !request.http?.headers.get('authorization')) {
            toKeep.set(data, { request, tags });
          }
        },
      };
    },
  };
  const stringifyResult: StringifyResult = (result) => {
    const json = `${JSON.stringify(result)}\n`; // as Apollo's own serializer writes it
    const kept = result.data && toKeep.get(result.data);
    if (kept) cache.set(kept.request, json, kept.tags.undeclared ? null : kept.tags.tags, kept.tags.startedAt);
    return json;
  };
  return { plugin, stringifyResult };
}

/** Whether every field of the mutation says what it does to the cache (InvalidatesCacheTags, LeavesAnonymousCache). */
function announcesItsChanges(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  const fields = schema.getMutationType()?.getFields() ?? {};
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === 'Field' &&
      (selection.name.value === '__typename' || (fields[selection.name.value]?.extensions[ANONYMOUS_CACHE] as WriteEffect | undefined)?.invalidates !== undefined),
  );
}
