import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { DataSource } from 'typeorm';
import { anonymousCaching } from '../anonymous-cache/anonymous-cache.plugin';
import { AnonymousCacheSync } from '../anonymous-cache/anonymous-cache-sync';
import { AnonymousReadCache } from '../anonymous-cache/anonymous-read-cache';
import { ReadTagCollector } from '../anonymous-cache/read-tags';
import { tagAnonymousReads } from '../anonymous-cache/tag-anonymous-reads';
import { AuthTokenService } from '../auth/auth-token.service';
import { RequestContext } from '../auth/request-context';
import { RequestLoaders } from '../dataloaders/request-loaders';
import { formatError } from './format-error';

// Bounds what one request may ask for, so a single hostile query cannot occupy the server.
export const graphqlArmor = new ApolloArmor({
  // Fragments count as the fields they hold, so clients can use them freely.
  maxDepth: { n: 10, flattenFragments: true },
  costLimit: { maxCost: 10_000 },
  maxAliases: { n: 30 },
  maxTokens: { n: 5_000 },
});

/**
 * Every response is per request (the anonymous cache lives in this process, not in proxies), so it
 * says `no-store`, as Apollo's cache-control plugin did. That plugin is off: we set no cache hints,
 * and its per-field hook made Apollo wrap every resolver of every request.
 */
export const NO_STORE = 'no-store';
const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', NO_STORE);
      },
    };
  },
};

/** `schemaFile`: where to write the SDL, or true to keep it in memory. */
export function graphqlOptions(
  tokens: AuthTokenService,
  dataSource: DataSource,
  anonymousCache: { cache: AnonymousReadCache; sync: AnonymousCacheSync },
  schemaFile: string | true,
): ApolloDriverConfig {
  const protections = graphqlArmor.protect();
  const caching = anonymousCache.cache.enabled ? anonymousCaching(anonymousCache.cache, anonymousCache.sync) : null;
  return {
    autoSchemaFile: schemaFile,
    sortSchema: true,
    playground: false,
    introspection: true,
    formatError,
    ...protections,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      ...protections.plugins,
      ...(caching ? [caching.plugin] : []),
    ],
    ...(caching ? { stringifyResult: caching.stringifyResult, transformSchema: tagAnonymousReads } : {}),
    context: ({ req }: { req: { headers: Record<string, string | undefined> } }): RequestContext => {
      const viewerId = tokens.viewerIdFrom(req.headers.authorization);
      const context: RequestContext = { viewerId, loaders: new RequestLoaders(dataSource, viewerId) };
      // Noted before anything is read: the response is kept only if nothing it shows changed since.
      if (caching && !req.headers.authorization) context.readTags = new ReadTagCollector(anonymousCache.cache.now);
      return context;
    },
  };
}
