import type { NextFunction, Request, Response } from 'express';
import { NO_STORE } from '../graphql/graphql-options';
import { AnonymousReadCache } from './anonymous-read-cache';

/** The headers a miss would carry (Apollo's content type, no-store), and the mark of a hit. */
const HIT_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': NO_STORE, 'x-agora-cache': 'hit' };

/** Answers a signed-out GraphQL POST from the cache when it can, before Nest and Apollo see it. */
export function serveCachedAnonymousReads(cache: AnonymousReadCache) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' || req.headers.authorization || !req.body) return next();
    const json = cache.get(req.body);
    if (json === undefined) return next();
    res.writeHead(200, { ...HIT_HEADERS, 'content-length': json.length });
    res.end(json);
  };
}
