import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { InvalidatesCacheTags } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { RequestContext } from '../../core/auth/request-context';
import { MaybePromise } from '../../core/dataloaders/request-loaders';
import { Question } from '../questions/question.entity';
import { SignedIn } from '../users/signed-in.guard';
import { User } from '../users/user.entity';
import { viewerOwnsOrModerates } from '../users/viewer-permissions';
import { SolutionsService } from './solutions.service';

@Resolver(() => Question)
export class SolutionsResolver {
  constructor(private readonly solutions: SolutionsService) {}

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Question, { description: 'The asker or a moderator marks the answer that solved it.' })
  acceptSolution(@CurrentUser() user: User, @Args('answerId', { type: () => ID }) answerId: string): Promise<Question> {
    return this.solutions.accept(user, answerId);
  }

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Question)
  unacceptSolution(@CurrentUser() user: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.solutions.unaccept(user, questionId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may choose or change the solution.' })
  /** Undecorated (parent, args, context), called directly: see QuestionsResolver. */
  viewerCanAcceptSolution(question: Question, _args: unknown, ctx: RequestContext): MaybePromise<boolean> {
    return viewerOwnsOrModerates(ctx, question.authorId);
  }
}
