import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnonymousCacheModule } from './core/anonymous-cache/anonymous-cache.module';
import { AnonymousCacheSync } from './core/anonymous-cache/anonymous-cache-sync';
import { AnonymousReadCache } from './core/anonymous-cache/anonymous-read-cache';
import { AuthTokenService } from './core/auth/auth-token.service';
import { AuthModule } from './core/auth/auth.module';
import { AppConfig } from './core/config/app-config';
import { ConfigModule } from './core/config/config.module';
import { dataSourceOptions } from './core/database/data-source-options';
import { QueryCounter } from './core/database/query-counter';
import { graphqlOptions } from './core/graphql/graphql-options';
import { PubSubModule } from './core/pubsub/pubsub.module';
import { HealthController } from './core/health/health.controller';
import { AnswersModule } from './modules/answers/answers.module';
import { BadgesModule } from './modules/badges/badges.module';
import { CommunitiesModule } from './modules/communities/communities.module';
import { FollowsModule } from './modules/follows/follows.module';
import { HelpfulModule } from './modules/helpful/helpful.module';
import { LeaderboardModule } from './modules/leaderboard/leaderboard.module';
import { LiveModule } from './modules/live/live.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { QuestionsModule } from './modules/questions/questions.module';
import { ReputationModule } from './modules/reputation/reputation.module';
import { SearchModule } from './modules/search/search.module';
import { SeedModule } from './modules/seed/seed.module';
import { SolutionsModule } from './modules/solutions/solutions.module';
import { TipsModule } from './modules/tips/tips.module';
import { UsersModule } from './modules/users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Write the GraphQL SDL to this file on start (the schema test does); in memory by default. */
  schemaFile?: string;
  queryCounter?: QueryCounter;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, options.queryCounter)),
        AuthModule,
        AnonymousCacheModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AuthTokenService, getDataSourceToken(), AnonymousReadCache, AnonymousCacheSync],
          useFactory: (tokens: AuthTokenService, dataSource: DataSource, cache: AnonymousReadCache, cacheSync: AnonymousCacheSync) =>
            graphqlOptions(tokens, dataSource, { cache, sync: cacheSync }, options.schemaFile ?? true),
        }),
        PubSubModule,
        NotificationsModule,
        FollowsModule,
        LiveModule,
        ReputationModule,
        UsersModule,
        CommunitiesModule,
        QuestionsModule,
        AnswersModule,
        HelpfulModule,
        SolutionsModule,
        TipsModule,
        ModerationModule,
        BadgesModule,
        LeaderboardModule,
        SearchModule,
        SeedModule,
      ],
      controllers: [HealthController],
    };
  }
}
