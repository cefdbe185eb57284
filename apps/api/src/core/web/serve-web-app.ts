import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const API_PATHS = /^\/(graphql|health)(\/|$)/;

/**
 * Serves the built web app at `/`, and its index.html for any other page a person opens directly or
 * reloads (`/questions/42`, `/c/phones`), so shared links work.
 */
export function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  const indexHtml = join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    new Logger('Web').warn(`No web build in ${webDistDir}: serving the API only (run "npm start" to build it).`);
    return;
  }
  app.useStaticAssets(webDistDir, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
