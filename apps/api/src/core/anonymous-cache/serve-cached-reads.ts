import type { NextFunction, Request, Response } from 'express';
import { AnonymousReadCache } from './anonymous-read-cache';

/** Answers a signed-out GraphQL POST from the cache when it can, before Nest and Apollo see it. */
export function serveCachedAnonymousReads(cache: AnonymousReadCache) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' || req.headers.authorization || !req.body) return next();
    const json = cache.get(req.body);
    if (json === undefined) return next();
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('x-agora-cache', 'hit');
    res.end(json);
  };
}
