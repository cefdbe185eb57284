import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { SubscriptionServer } from '../pubsub/subscription-server';

/**
 * Stops an instance without dropping work, for SIGTERM behind a load balancer: it stops accepting
 * connections, closes its WebSockets with 1012 so clients reconnect to another instance, lets the
 * HTTP requests already running finish (up to `graceMs`, then cuts them), then closes the app.
 */
export async function shutDownGracefully(app: INestApplication, graceMs = 10_000): Promise<void> {
  const server: Server = app.getHttpServer();
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  app.get(SubscriptionServer).closeAllSockets();
  // Keep-alive connections that finish their request become idle: close them as they do.
  const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
  server.closeIdleConnections();
  const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await drained;
  } finally {
    clearInterval(idleSweep);
    clearTimeout(deadline);
  }
  await app.close();
}
