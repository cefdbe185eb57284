import { HiddenReason, ModerationState, ModerationTargetType } from '@agora/shared';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../core/auth/request-context';
import { MaybePromise, whenReady } from '../../core/dataloaders/request-loaders';
import { Answer } from '../answers/answer.entity';
import { Question } from '../questions/question.entity';
import { questionsById } from '../questions/questions.loaders';
import { viewerOwnsOrModerates } from '../users/viewer-permissions';
import './moderation-enums';
import { reportTargetKey, viewerReportedTarget } from './moderation.loaders';

type Post = Question | Answer;

function stateOf(post: Post): ModerationState {
  if (post.removedAt) return ModerationState.REMOVED;
  if (post.hiddenReason === HiddenReason.PENDING_REVIEW) return ModerationState.PENDING_REVIEW;
  return post.hiddenAt ? ModerationState.HIDDEN : ModerationState.VISIBLE;
}

/** Why the post is out of sight, for its author and staff only: a RemovalReason or HiddenReason value. */
function reasonFor(post: Post, ctx: RequestContext): MaybePromise<string | null> {
  const reason = post.removalReason ?? post.hiddenReason;
  return reason ? whenReady(viewerOwnsOrModerates(ctx, post.authorId), (shown) => (shown ? reason : null)) : null;
}

const STATE_DESCRIPTION = 'VISIBLE to all; otherwise only its author and staff see the post.';
const REASON_DESCRIPTION = 'For its author and staff: a RemovalReason (when REMOVED) or HiddenReason value; null otherwise.';

/** Undecorated field resolvers, called directly by @nestjs/graphql: see QuestionsResolver. */
@Resolver(() => Question)
export class QuestionModerationFieldsResolver {
  @ResolveField(() => ModerationState, { description: STATE_DESCRIPTION })
  moderationState(question: Question): ModerationState {
    return stateOf(question);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: REASON_DESCRIPTION,
  })
  moderationReason(question: Question, _args: unknown, ctx: RequestContext): MaybePromise<string | null> {
    return reasonFor(question, ctx);
  }

  @ResolveField(() => Boolean, {
    description: 'Locked threads take no new answers.',
  })
  isLocked(question: Question): boolean {
    return !!question.lockedAt;
  }

  @ResolveField(() => Boolean, {
    description: 'Pinned questions come first in their community.',
  })
  isPinned(question: Question): boolean {
    return !!question.pinnedAt;
  }

  @ResolveField(() => Question, {
    nullable: true,
    description: 'Set when merged as a duplicate: redirect there.',
  })
  mergedInto(question: Question, _args: unknown, ctx: RequestContext): Promise<Question | null> | null {
    return question.mergedIntoId ? ctx.loaders.get(questionsById).load(question.mergedIntoId) : null;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer reported it (once per member).',
  })
  viewerHasReported(question: Question, _args: unknown, ctx: RequestContext): MaybePromise<boolean> {
    return !!ctx.viewerId && ctx.loaders.valueOf(viewerReportedTarget, reportTargetKey(ModerationTargetType.QUESTION, question.id));
  }
}

/** Undecorated field resolvers: see QuestionsResolver. */
@Resolver(() => Answer)
export class AnswerModerationFieldsResolver {
  @ResolveField(() => ModerationState, { description: STATE_DESCRIPTION })
  moderationState(answer: Answer): ModerationState {
    return stateOf(answer);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: REASON_DESCRIPTION,
  })
  moderationReason(answer: Answer, _args: unknown, ctx: RequestContext): MaybePromise<string | null> {
    return reasonFor(answer, ctx);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer reported it (once per member).',
  })
  viewerHasReported(answer: Answer, _args: unknown, ctx: RequestContext): MaybePromise<boolean> {
    return !!ctx.viewerId && ctx.loaders.valueOf(viewerReportedTarget, reportTargetKey(ModerationTargetType.ANSWER, answer.id));
  }
}
