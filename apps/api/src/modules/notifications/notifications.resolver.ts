import { badgeById } from '@agora/shared';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LeavesAnonymousCache } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { RequestContext } from '../../core/auth/request-context';
import { Answer } from '../answers/answer.entity';
import { answersById } from '../answers/answers.loaders';
import { Badge } from '../badges/dto/badge.dto';
import { Question } from '../questions/question.entity';
import { questionsById } from '../questions/questions.loaders';
import { SignedIn } from '../users/signed-in.guard';
import { AllowedWhileSuspended } from '../users/write-access';
import { User } from '../users/user.entity';
import { usersById } from '../users/users.loaders';
import { visibleTo } from '../users/viewer-permissions';
import { NotificationConnection, NotificationsArgs } from './dto/notification-connection.dto';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly inbox: NotificationsService) {}

  @SignedIn()
  @Query(() => NotificationConnection, { description: "The signed-in member's inbox." })
  notifications(@CurrentUser() user: User, @Args() args: NotificationsArgs): Promise<NotificationConnection> {
    return this.inbox.list(user.id, args);
  }

  @SignedIn()
  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() user: User): Promise<number> {
    return this.inbox.unreadCount(user.id);
  }

  @SignedIn()
  @AllowedWhileSuspended()
  @LeavesAnonymousCache('A member\'s inbox is never shown to signed-out readers.')
  @Mutation(() => Notification)
  markNotificationRead(@CurrentUser() user: User, @Args('id', { type: () => ID }) id: string): Promise<Notification> {
    return this.inbox.markRead(user.id, id);
  }

  @SignedIn()
  @AllowedWhileSuspended()
  @LeavesAnonymousCache('A member\'s inbox is never shown to signed-out readers.')
  @Mutation(() => Int, { description: 'Marks the whole inbox read; returns how many were unread.' })
  markAllNotificationsRead(@CurrentUser() user: User): Promise<number> {
    return this.inbox.markAllRead(user.id);
  }

  @ResolveField(() => Question, { nullable: true, description: 'Null when it was removed (unless it is yours) or deleted.' })
  async question(@Parent() notification: Notification, @Context() ctx: RequestContext): Promise<Question | null> {
    const question = notification.questionId ? await ctx.loaders.get(questionsById).load(notification.questionId) : null;
    return question && (await visibleTo(ctx, question)) ? question : null;
  }

  @ResolveField(() => Answer, { nullable: true, description: 'The latest answer concerned; null when removed (unless yours).' })
  async answer(@Parent() notification: Notification, @Context() ctx: RequestContext): Promise<Answer | null> {
    const answer = notification.answerId ? await ctx.loaders.get(answersById).load(notification.answerId) : null;
    return answer && (await visibleTo(ctx, answer)) ? answer : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who acted last ("Ada and 11 others").' })
  async actor(@Parent() notification: Notification, @Context() ctx: RequestContext): Promise<User | null> {
    const latest = notification.actorIds.at(-1);
    return latest ? ctx.loaders.get(usersById).load(latest) : null;
  }

  @ResolveField(() => Int, { description: 'How many different people this notification groups ("marked helpful by 12 people").' })
  actorCount(@Parent() notification: Notification): number {
    return notification.actorIds.length;
  }

  @ResolveField(() => Badge, { nullable: true, description: 'BADGE_EARNED: the badge.' })
  badge(@Parent() notification: Notification): Badge | null {
    return (notification.badgeId && badgeById(notification.badgeId)) || null;
  }
}
