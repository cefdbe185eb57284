import type { NextFunction, Request, Response } from 'express';
import { NO_STORE } from '../graphql/graphql-options';
import { AnonymousReadCache, keyOf } from './anonymous-read-cache';
import { isQueryOperation } from './is-query-operation';

/** The headers a miss would carry (Apollo's content type, no-store), and the mark of a hit. */
const HIT_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': NO_STORE, vary: 'accept-encoding', 'x-agora-cache': 'hit' };

/**
 * Answers a signed-out GraphQL POST from the cache when it can, before Nest and Apollo see it.
 * Identical signed-out queries that arrive while the first is still being computed wait for it and
 * are answered from what it stored (request coalescing, as Varnish does): a popular thread whose page
 * was just dropped by a new answer is computed once, not once per reader who asked meanwhile.
 */
export function serveCachedAnonymousReads(cache: AnonymousReadCache) {
  const computing = new Map<string, Promise<void>>();
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' || req.headers.authorization || !req.body) return next();
    const key = keyOf(req.body);
    if (key === null) return next();
    if (serveHit(cache, key, req, res)) return;
    const first = computing.get(key);
    if (first) {
      void first.then(() => serveHit(cache, key, req, res) || next());
      return;
    }
    if (!isQueryOperation(req.body)) return next();
    const done = new Promise<void>((resolve) => {
      res.once('finish', resolve);
      res.once('close', resolve);
    });
    computing.set(key, done);
    void done.then(() => computing.delete(key));
    next();
  };
}

function serveHit(cache: AnonymousReadCache, key: string, req: Request, res: Response): boolean {
  const cached = cache.byKey(key);
  if (!cached) return false;
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  const body = gzip ? cached.gzipped : cached.json();
  res.writeHead(200, { ...HIT_HEADERS, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': body.length });
  res.end(body);
  return true;
}

function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return acceptEncoding !== undefined && /\bgzip\b(?!\s*;\s*q=0(\.0*)?\s*(,|$))/.test(acceptEncoding);
}
