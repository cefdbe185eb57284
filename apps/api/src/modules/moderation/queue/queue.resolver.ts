import { levelFor, ModerationTargetType, ReportReason } from '@agora/shared';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../core/auth/request-context';
import { Answer } from '../../answers/answer.entity';
import { answersById } from '../../answers/answers.loaders';
import { Question } from '../../questions/question.entity';
import { questionsById } from '../../questions/questions.loaders';
import { StaffOnly } from '../../users/signed-in.guard';
import { User } from '../../users/user.entity';
import { usersById } from '../../users/users.loaders';
import { Appeal } from '../appeals/appeal.entity';
import { ModerationLogEntry } from '../audit/moderation-log-entry.entity';
import { ModerationLog } from '../audit/moderation-log.service';
import '../moderation-enums';
import { appealsById, openReportsByTarget } from '../moderation.loaders';
import { Report } from '../reports/report.entity';
import { ModerationQueueArgs, ModerationQueueConnection } from './queue.dto';
import { QueueItem } from './queue-item.entity';
import { QueueService } from './queue.service';

/** Everything here is reached through moderationQueue, which only staff may read. */
@Resolver(() => QueueItem)
export class QueueResolver {
  constructor(
    private readonly queue: QueueService,
    private readonly log: ModerationLog,
  ) {}

  @StaffOnly()
  @Query(() => ModerationQueueConnection, {
    description: 'Open items, oldest first: reports (grouped by target), auto-hidden and held posts, appeals.',
  })
  moderationQueue(@Args() args: ModerationQueueArgs): Promise<ModerationQueueConnection> {
    return this.queue.list(args);
  }

  @ResolveField(() => Answer, {
    nullable: true,
    description: 'The reported or held answer.',
  })
  answer(@Parent() item: QueueItem, @Context() ctx: RequestContext): Promise<Answer | null> | null {
    return item.targetType === ModerationTargetType.ANSWER ? ctx.loaders.get(answersById).load(item.targetId) : null;
  }

  @ResolveField(() => Question, {
    nullable: true,
    description: 'The thread: the target question, or the question of the target answer.',
  })
  async question(@Parent() item: QueueItem, @Context() ctx: RequestContext): Promise<Question | null> {
    if (item.targetType === ModerationTargetType.QUESTION) return ctx.loaders.get(questionsById).load(item.targetId);
    if (item.targetType !== ModerationTargetType.ANSWER) return null;
    const answer = await ctx.loaders.get(answersById).load(item.targetId);
    return answer && ctx.loaders.get(questionsById).load(answer.questionId);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'The author of the target post, or the reported member.',
  })
  async author(@Parent() item: QueueItem, @Context() ctx: RequestContext): Promise<User | null> {
    const authorId = await this.authorIdOf(item, ctx);
    return authorId ? ctx.loaders.get(usersById).load(authorId) : null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: "The author's level.",
  })
  async authorLevel(@Parent() item: QueueItem, @Context() ctx: RequestContext): Promise<number | null> {
    const author = await this.author(item, ctx);
    return author ? levelFor(author.reputation) : null;
  }

  @ResolveField(() => [ModerationLogEntry], {
    description: "The author's record: every earlier action about them, newest first (20 at most).",
  })
  async authorHistory(@Parent() item: QueueItem, @Context() ctx: RequestContext): Promise<ModerationLogEntry[]> {
    const authorId = await this.authorIdOf(item, ctx);
    return authorId ? this.log.history(authorId) : [];
  }

  @ResolveField(() => [Report], {
    description: 'Open reports on the target, oldest first, each with its reporter and reason.',
  })
  reports(@Parent() item: QueueItem, @Context() ctx: RequestContext): Promise<Report[]> {
    return ctx.loaders.get(openReportsByTarget).load(`${item.targetType}:${item.targetId}`);
  }

  @ResolveField(() => [ReportReason], {
    description: 'The distinct reasons of the open reports.',
  })
  async reasons(@Parent() item: QueueItem, @Context() ctx: RequestContext): Promise<ReportReason[]> {
    return [...new Set((await this.reports(item, ctx)).map((report) => report.reason))];
  }

  @ResolveField(() => Appeal, {
    nullable: true,
    description: 'For an APPEAL item.',
  })
  appeal(@Parent() item: QueueItem, @Context() ctx: RequestContext): Promise<Appeal | null> | null {
    return item.appealId ? ctx.loaders.get(appealsById).load(item.appealId) : null;
  }

  private async authorIdOf(item: QueueItem, ctx: RequestContext): Promise<string | null> {
    if (item.targetType === ModerationTargetType.USER) return item.targetId;
    const post =
      item.targetType === ModerationTargetType.ANSWER
        ? await ctx.loaders.get(answersById).load(item.targetId)
        : await ctx.loaders.get(questionsById).load(item.targetId);
    return post?.authorId ?? null;
  }
}
