import { LIVE_CLOSE_CODES } from '@agora/shared';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { ExecutionArgs, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import type { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { AuthTokenService } from '../auth/auth-token.service';
import { RequestContext } from '../auth/request-context';
import { RequestLoaders } from '../dataloaders/request-loaders';
import { graphqlArmor } from '../graphql/graphql-options';
import { sendsOn, subscribeSharingResults } from './shared-execution';
import { nextPayload, replaceKnownPayload, SplicingWebSocket } from './shared-json';

export const GRAPHQL_PATH = '/graphql';

type SocketExtra = { viewerId: string | null };

/**
 * graphql-ws on /graphql, beside Apollo's HTTP endpoint. The socket signs in with the same token as
 * HTTP, sent once as `connectionParams: { authorization: 'Bearer <token>' }`; a bad or expired token,
 * or a deleted account, is refused with 4403. On shutdown every socket is closed with 1012 (service
 * restart), which graphql-ws clients retry, reaching another instance.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SubscriptionServer.name);
  // Without permessage-deflate, ws writes every frame as it is sent, which the direct delivery of
  // shared-execution (frames written straight to the TCP socket) relies on to never interleave.
  private readonly sockets = new WebSocketServer({ noServer: true, WebSocket: SplicingWebSocket, perMessageDeflate: false });
  private server?: Disposable;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    // GraphQLModule does not export its schema host, so it is looked up across modules.
    private readonly moduleRef: ModuleRef,
    private readonly tokens: AuthTokenService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    const { schema } = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    const rules = [...specifiedRules, ...(graphqlArmor.protect().validationRules ?? [])];
    this.server = useServer<Record<string, unknown>, SocketExtra>(
      {
        schema,
        onConnect: async (ctx) => {
          const viewerId = await this.viewerOf(ctx.connectionParams);
          if (viewerId === undefined) return false;
          ctx.extra.viewerId = viewerId;
          return true;
        },
        // The same depth, cost and size limits as over HTTP.
        onSubscribe: (_ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
          const document = parse(payload.query);
          const errors = validate(schema, document, rules);
          if (errors.length > 0) return errors;
          return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
        },
        context: (ctx, id): RequestContext => {
          const viewerId = ctx.extra.viewerId ?? null;
          // The upgraded request's socket is the TCP connection ws frames its messages on.
          const socket = { socket: ctx.extra.socket, connection: ctx.extra.request.socket, id };
          return sendsOn({ viewerId, loaders: new RequestLoaders(this.dataSource, viewerId) }, socket);
        },
        subscribe: subscribeSharingResults(this.dataSource),
        // A result shared by many subscribers is stringified once (see shared-json).
        onNext: (_ctx, _id, _payload, _args, result) => nextPayload(result),
        jsonMessageReplacer: replaceKnownPayload,
      },
      this.sockets,
    );
    const httpServer: Server = this.adapterHost.httpAdapter.getHttpServer();
    httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (new URL(request.url ?? '/', 'http://localhost').pathname !== GRAPHQL_PATH) return void socket.destroy();
      this.sockets.handleUpgrade(request, socket, head, (ws) => this.sockets.emit('connection', ws, request));
    });
  }

  /** Tells every client to reconnect elsewhere; new upgrades are no longer accepted. */
  closeAllSockets(): void {
    for (const socket of this.sockets.clients) socket.close(LIVE_CLOSE_CODES.SERVICE_RESTART, 'Service restart');
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closeAllSockets();
    await Promise.resolve(this.server?.dispose()).catch((error: Error) => this.logger.warn(error.message));
  }

  /** The viewer's id, null when anonymous, undefined when the token is refused. */
  private async viewerOf(params: Readonly<Record<string, unknown>> | undefined): Promise<string | null | undefined> {
    try {
      const viewerId = this.tokens.viewerIdFrom(params?.authorization ?? params?.Authorization);
      if (viewerId && !(await this.dataSource.query('SELECT 1 FROM users WHERE id = $1', [viewerId])).length) return undefined;
      return viewerId;
    } catch {
      return undefined;
    }
  }
}
