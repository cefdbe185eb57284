import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LeavesAnonymousCache } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { RequestContext } from '../../core/auth/request-context';
import { parseId } from '../../core/graphql/parse-id';
import { TopicFanOut, TopicWatch } from '../../core/pubsub/topic-fan-out';
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
 * Subscriptions over graphql-ws on /graphql. Each lets through only what `mayDeliver` allows its
 * viewer; the topics' events reach their subscribers through `TopicFanOut` (checked once per event and
 * viewer), and the executions that follow (one per event and selection, shared where the result
 * cannot differ, with loaders made for that event) are shared-execution's business.
 */
@Resolver()
export class LiveResolver {
  constructor(
    private readonly fanOut: TopicFanOut,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly composers: ComposingService,
  ) {}

  // The checks, made once so that the fan-out asks each once per event and viewer.
  private readonly mayDeliverAnswer = (event: AnswerEvent, viewerId: string | null) =>
    mayDeliver(this.dataSource, viewerId, event, { questionId: event.questionId, answerId: event.answer.id });
  private readonly mayDeliverQuestion = (event: QuestionEvent, viewerId: string | null) =>
    mayDeliver(this.dataSource, viewerId, event, { questionId: event.question.id });
  private readonly mayDeliverNotification = (event: { notification: Notification }, viewerId: string | null) =>
    mayDeliver(this.dataSource, viewerId, event, { recipientId: event.notification.recipientId });

  @Subscription(() => Answer, { description: 'Each new answer to this question.', resolve: (event: AnswerEvent) => event.answer })
  answerPosted(@Args('questionId', { type: () => ID }) questionId: string, @Context() ctx: RequestContext): TopicWatch<AnswerEvent> {
    return this.fanOut.watch(liveTopics.answerPosted(parseId(questionId, 'questionId')), ctx.viewerId, this.mayDeliverAnswer);
  }

  @Subscription(() => Answer, {
    description: 'An answer to this question changed: edited, marked helpful (count), recommended, removed or restored.',
    resolve: (event: AnswerEvent) => event.answer,
  })
  answerUpdated(@Args('questionId', { type: () => ID }) questionId: string, @Context() ctx: RequestContext): TopicWatch<AnswerEvent> {
    return this.fanOut.watch(liveTopics.answerUpdated(parseId(questionId, 'questionId')), ctx.viewerId, this.mayDeliverAnswer);
  }

  @Subscription(() => Question, {
    description: 'This question changed: edited, solution accepted or moved, recommended answer, removed or restored.',
    resolve: (event: QuestionEvent) => event.question,
  })
  questionUpdated(@Args('questionId', { type: () => ID }) questionId: string, @Context() ctx: RequestContext): TopicWatch<QuestionEvent> {
    return this.fanOut.watch(liveTopics.questionUpdated(parseId(questionId, 'questionId')), ctx.viewerId, this.mayDeliverQuestion);
  }

  @SignedIn()
  @Subscription(() => Notification, {
    description: "Each new notification of the signed-in member, or their unread one that just grouped another event.",
    resolve: (event: { notification: Notification }) => event.notification,
  })
  notificationReceived(@CurrentUser() user: User): TopicWatch<{ notification: Notification }> {
    return this.fanOut.watch(liveTopics.notificationReceived(user.id), user.id, this.mayDeliverNotification);
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
