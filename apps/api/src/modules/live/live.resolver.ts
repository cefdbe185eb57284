import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Inject } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { LeavesAnonymousCache } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { RequestContext } from '../../core/auth/request-context';
import { parseId } from '../../core/graphql/parse-id';
import { PUB_SUB } from '../../core/pubsub/pubsub.token';
import { Answer } from '../answers/answer.entity';
import { Notification } from '../notifications/notification.entity';
import { Question } from '../questions/question.entity';
import { SignedIn } from '../users/signed-in.guard';
import { User } from '../users/user.entity';
import { usersById } from '../users/users.loaders';
import { viewerIs } from '../users/viewer-permissions';
import { ComposingState } from './composing.dto';
import { ComposingService } from './composing.service';
import { mayDeliver } from './delivery-check';
import type { AnswerEvent, QuestionEvent } from './live-events.service';
import { liveTopics } from './live-topics';

/**
 * Subscriptions over graphql-ws on /graphql. Each filters every event through `mayDeliver`; the
 * executions that follow (one per event and selection, shared where the result cannot differ, with
 * loaders made for that event) are shared-execution's business.
 */
@Resolver()
export class LiveResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly composers: ComposingService,
  ) {}

  @Subscription(() => Answer, {
    description: 'Each new answer to this question.',
    filter(this: LiveResolver, event: AnswerEvent, _args: unknown, ctx: RequestContext) {
      return mayDeliver(this.dataSource, ctx.viewerId, event, { questionId: event.questionId, answerId: event.answer.id });
    },
    resolve: (event: AnswerEvent) => event.answer,
  })
  answerPosted(@Args('questionId', { type: () => ID }) questionId: string) {
    return this.pubsub.asyncIterableIterator(liveTopics.answerPosted(parseId(questionId, 'questionId')));
  }

  @Subscription(() => Answer, {
    description: 'An answer to this question changed: edited, marked helpful (count), recommended, removed or restored.',
    filter(this: LiveResolver, event: AnswerEvent, _args: unknown, ctx: RequestContext) {
      return mayDeliver(this.dataSource, ctx.viewerId, event, { questionId: event.questionId, answerId: event.answer.id });
    },
    resolve: (event: AnswerEvent) => event.answer,
  })
  answerUpdated(@Args('questionId', { type: () => ID }) questionId: string) {
    return this.pubsub.asyncIterableIterator(liveTopics.answerUpdated(parseId(questionId, 'questionId')));
  }

  @Subscription(() => Question, {
    description: 'This question changed: edited, solution accepted or moved, recommended answer, removed or restored.',
    filter(this: LiveResolver, event: QuestionEvent, _args: unknown, ctx: RequestContext) {
      return mayDeliver(this.dataSource, ctx.viewerId, event, { questionId: event.question.id });
    },
    resolve: (event: QuestionEvent) => event.question,
  })
  questionUpdated(@Args('questionId', { type: () => ID }) questionId: string) {
    return this.pubsub.asyncIterableIterator(liveTopics.questionUpdated(parseId(questionId, 'questionId')));
  }

  @SignedIn()
  @Subscription(() => Notification, {
    description: "Each new notification of the signed-in member, or their unread one that just grouped another event.",
    filter(this: LiveResolver, event: { notification: Notification }, _args: unknown, ctx: RequestContext) {
      return mayDeliver(this.dataSource, ctx.viewerId, event, { recipientId: event.notification.recipientId });
    },
    resolve: (event: { notification: Notification }) => event.notification,
  })
  notificationReceived(@CurrentUser() user: User) {
    return this.pubsub.asyncIterableIterator(liveTopics.notificationReceived(user.id));
  }

  @Subscription(() => ComposingState, {
    description: 'Who is writing an answer to this question: the current state at once, then each change.',
    filter(this: LiveResolver, event: { state: ComposingState }, _args: unknown, ctx: RequestContext) {
      return mayDeliver(this.dataSource, ctx.viewerId, event, { questionId: event.state.questionId });
    },
    resolve: (event: { state: ComposingState }) => event.state,
  })
  composing(@Args('questionId', { type: () => ID }) questionId: string) {
    return this.composers.watch(parseId(questionId, 'questionId'));
  }

  @SignedIn()
  @LeavesAnonymousCache('Who is writing goes out live only, never in a query response.')
  @Mutation(() => Boolean, {
    description: 'true while writing an answer (send it again at least every 30 s), false when done; returns what was set.',
  })
  setComposing(
    @CurrentUser() user: User,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('composing') composing: boolean,
  ): Promise<boolean> {
    return this.composers.set(user, questionId, composing);
  }
}

@Resolver(() => ComposingState)
export class ComposingStateResolver {
  @ResolveField(() => Int, { description: 'How many people other than you are writing.' })
  count(@Parent() state: ComposingState, @Context() ctx: RequestContext): number {
    return othersThan(state, ctx).length;
  }

  @ResolveField(() => [User], { description: 'Who, other than you.' })
  async people(@Parent() state: ComposingState, @Context() ctx: RequestContext): Promise<User[]> {
    const users = await Promise.all(othersThan(state, ctx).map((id) => ctx.loaders.get(usersById).load(id)));
    return users.filter((user): user is User => user !== null);
  }
}

/** Who is writing, less the viewer; one execution serves every watcher who is not writing. */
function othersThan(state: ComposingState, ctx: RequestContext): string[] {
  return state.userIds.filter((id) => !viewerIs(ctx, id));
}
