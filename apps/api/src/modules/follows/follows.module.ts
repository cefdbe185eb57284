import { Global, Module } from '@nestjs/common';
import { CommunityFollowsResolver, QuestionFollowsResolver } from './follows.resolver';
import { FollowsService } from './follows.service';

@Global()
@Module({ providers: [FollowsService, QuestionFollowsResolver, CommunityFollowsResolver], exports: [FollowsService] })
export class FollowsModule {}
