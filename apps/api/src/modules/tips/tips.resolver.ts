import { PostKind } from '@agora/shared';
import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { InvalidatesCacheTags } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { RequestContext } from '../../core/auth/request-context';
import { MaybePromise } from '../../core/dataloaders/request-loaders';
import { AskQuestionInput } from '../questions/dto/question.inputs';
import { Question } from '../questions/question.entity';
import { QuestionsService } from '../questions/questions.service';
import { SignedIn } from '../users/signed-in.guard';
import { User } from '../users/user.entity';
import { viewerTipHelpfulByTip } from './tips.loaders';
import { TipsService } from './tips.service';

@Resolver(() => Question)
export class TipsResolver {
  constructor(
    private readonly tips: TipsService,
    private readonly questions: QuestionsService,
  ) {}

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Question, { description: 'Publishes a User Tip: a how-to article (level 5 and up).' })
  writeUserTip(@CurrentUser() user: User, @Args('input') input: AskQuestionInput): Promise<Question> {
    return this.questions.ask(user, input, PostKind.USER_TIP);
  }

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Question)
  markTipHelpful(@CurrentUser() user: User, @Args('tipId', { type: () => ID }) tipId: string): Promise<Question> {
    return this.tips.mark(user, tipId);
  }

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Question)
  unmarkTipHelpful(@CurrentUser() user: User, @Args('tipId', { type: () => ID }) tipId: string): Promise<Question> {
    return this.tips.unmark(user, tipId);
  }

  @ResolveField(() => Boolean, { description: 'For a User Tip: whether the viewer marked it helpful.' })
  /** Undecorated (parent, args, context), called directly: see QuestionsResolver. */
  viewerHasMarkedHelpful(post: Question, _args: unknown, ctx: RequestContext): MaybePromise<boolean> {
    return post.kind === PostKind.USER_TIP && !!ctx.viewerId && ctx.loaders.valueOf(viewerTipHelpfulByTip, post.id);
  }
}
