import { APPEALABLE_ACTIONS, isStaff, ModerationTargetType, Role } from '@agora/shared';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentUser } from '../../../core/auth/current-user.decorator';
import { RequestContext } from '../../../core/auth/request-context';
import { forbidden } from '../../../core/graphql/errors';
import { Answer } from '../../answers/answer.entity';
import { answersById } from '../../answers/answers.loaders';
import { Question } from '../../questions/question.entity';
import { questionsById } from '../../questions/questions.loaders';
import { SignedIn, StaffOnly } from '../../users/signed-in.guard';
import { User } from '../../users/user.entity';
import { usersById } from '../../users/users.loaders';
import { Appeal } from '../appeals/appeal.entity';
import { AppealsService } from '../appeals/appeals.service';
import { appealsByAction } from '../moderation.loaders';
import { AuditLogArgs, AuditLogConnection } from './audit-log.dto';
import { ModerationLogEntry } from './moderation-log-entry.entity';
import { ModerationLog } from './moderation-log.service';

@Resolver(() => ModerationLogEntry)
export class AuditResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: ModerationLog,
    private readonly appeals: AppealsService,
  ) {}

  @StaffOnly()
  @Query(() => AuditLogConnection, {
    description:
      'Every staff (and automatic) moderation action, newest first. Nobody can edit or delete it. Administrators read all of it; moderators read the record of one member (filter.subjectUserId).',
  })
  auditLog(@CurrentUser() viewer: User, @Args() args: AuditLogArgs): Promise<AuditLogConnection> {
    if (viewer.role !== Role.ADMIN && !args.filter?.subjectUserId) {
      throw forbidden('Only administrators read the whole audit log; moderators can read one member’s record.');
    }
    return this.log.list(args);
  }

  @SignedIn()
  @Query(() => [ModerationLogEntry], {
    description:
      'What staff and filters did about the viewer: warnings, suspensions, hidden, held, removed or merged posts, appeal decisions; newest first.',
  })
  myModerationActions(@CurrentUser() viewer: User): Promise<ModerationLogEntry[]> {
    return this.log.aboutMember(viewer.id);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who acted; null for automatic actions, and for viewers who are not staff.',
  })
  async actor(@Parent() entry: ModerationLogEntry, @Context() ctx: RequestContext): Promise<User | null> {
    if (!entry.actorId || !(await this.viewerIsStaff(ctx))) return null;
    return ctx.loaders.get(usersById).load(entry.actorId);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'The member the action concerns.',
  })
  subjectUser(@Parent() entry: ModerationLogEntry, @Context() ctx: RequestContext): Promise<User | null> | null {
    return entry.subjectUserId ? ctx.loaders.get(usersById).load(entry.subjectUserId) : null;
  }

  @ResolveField(() => Question, {
    nullable: true,
    description: 'The thread concerned, if any (for an answer: its question).',
  })
  async question(@Parent() entry: ModerationLogEntry, @Context() ctx: RequestContext): Promise<Question | null> {
    if (!entry.targetId) return null;
    if (entry.targetType === ModerationTargetType.QUESTION) return ctx.loaders.get(questionsById).load(entry.targetId);
    if (entry.targetType !== ModerationTargetType.ANSWER) return null;
    const answer = await ctx.loaders.get(answersById).load(entry.targetId);
    return answer && ctx.loaders.get(questionsById).load(answer.questionId);
  }

  @ResolveField(() => Answer, { nullable: true })
  answer(@Parent() entry: ModerationLogEntry, @Context() ctx: RequestContext): Promise<Answer | null> | null {
    return entry.targetType === ModerationTargetType.ANSWER && entry.targetId ? ctx.loaders.get(answersById).load(entry.targetId) : null;
  }

  @ResolveField(() => Appeal, {
    nullable: true,
    description: 'The appeal against this action, for its subject and staff.',
  })
  async appeal(@Parent() entry: ModerationLogEntry, @Context() ctx: RequestContext): Promise<Appeal | null> {
    if (ctx.viewerId !== entry.subjectUserId && !(await this.viewerIsStaff(ctx))) return null;
    return ctx.loaders.get(appealsByAction).load(entry.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may still appeal it: about them, appealable, not appealed yet, still in effect.',
  })
  async canAppeal(@Parent() entry: ModerationLogEntry, @Context() ctx: RequestContext): Promise<boolean> {
    if (!ctx.viewerId || ctx.viewerId !== entry.subjectUserId || !APPEALABLE_ACTIONS.includes(entry.action)) return false;
    if (await ctx.loaders.get(appealsByAction).load(entry.id)) return false;
    return this.appeals.stillStands(this.dataSource.manager, entry);
  }

  private async viewerIsStaff(ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.viewerId ? await ctx.loaders.get(usersById).load(ctx.viewerId) : null;
    return !!viewer && isStaff(viewer.role);
  }
}
