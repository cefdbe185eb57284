import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LeavesAnonymousCache } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { RequestContext } from '../../core/auth/request-context';
import { Community } from '../communities/community.entity';
import { Question } from '../questions/question.entity';
import { SignedIn } from '../users/signed-in.guard';
import { AllowedWhileSuspended } from '../users/write-access';
import { User } from '../users/user.entity';
import { viewerFollowsCommunity, viewerFollowsQuestion } from './follows.loaders';
import { FollowsService } from './follows.service';

@Resolver(() => Question)
export class QuestionFollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @SignedIn()
  @AllowedWhileSuspended()
  @LeavesAnonymousCache('Follows only decide who is notified; signed-out pages show no follower counts.')
  @Mutation(() => Question, { description: 'Hear about new answers to this question. Asking or answering follows it too.' })
  followQuestion(@CurrentUser() user: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.follows.followQuestion(user, questionId);
  }

  @SignedIn()
  @AllowedWhileSuspended()
  @LeavesAnonymousCache('Follows only decide who is notified; signed-out pages show no follower counts.')
  @Mutation(() => Question)
  unfollowQuestion(@CurrentUser() user: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.follows.unfollowQuestion(user, questionId);
  }

  @ResolveField(() => Boolean, { description: 'False when signed out.' })
  viewerFollows(@Parent() question: Question, @Context() ctx: RequestContext): Promise<boolean> {
    return ctx.loaders.get(viewerFollowsQuestion).load(question.id);
  }
}

@Resolver(() => Community)
export class CommunityFollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @SignedIn()
  @AllowedWhileSuspended()
  @LeavesAnonymousCache('Follows only decide who is notified; signed-out pages show no follower counts.')
  @Mutation(() => Community, { description: 'Hear about new questions in this community.' })
  followCommunity(@CurrentUser() user: User, @Args('communityId', { type: () => ID }) communityId: string): Promise<Community> {
    return this.follows.followCommunity(user, communityId);
  }

  @SignedIn()
  @AllowedWhileSuspended()
  @LeavesAnonymousCache('Follows only decide who is notified; signed-out pages show no follower counts.')
  @Mutation(() => Community)
  unfollowCommunity(@CurrentUser() user: User, @Args('communityId', { type: () => ID }) communityId: string): Promise<Community> {
    return this.follows.unfollowCommunity(user, communityId);
  }

  @ResolveField(() => Boolean, { description: 'False when signed out.' })
  viewerFollows(@Parent() community: Community, @Context() ctx: RequestContext): Promise<boolean> {
    return ctx.loaders.get(viewerFollowsCommunity).load(community.id);
  }
}
