import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { InvalidatesCacheTags } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { RequestContext } from '../../core/auth/request-context';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { Answer } from '../answers/answer.entity';
import { viewerHelpfulByAnswer } from '../answers/answers.loaders';
import { SignedIn } from '../users/signed-in.guard';
import { User } from '../users/user.entity';
import { HelpfulService } from './helpful.service';

@Resolver()
export class HelpfulResolver {
  constructor(private readonly helpful: HelpfulService) {}

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Answer, { description: 'Once per member and answer; never on your own answer.' })
  async markHelpful(
    @CurrentUser() user: User,
    @Args('answerId', { type: () => ID }) answerId: string,
    @Context() ctx: RequestContext,
  ): Promise<Answer> {
    const answer = await this.helpful.mark(user, answerId);
    ctx.loaders.get(viewerHelpfulByAnswer).prime(answer.id, true);
    return answer;
  }

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Answer)
  async unmarkHelpful(
    @CurrentUser() user: User,
    @Args('answerId', { type: () => ID }) answerId: string,
    @Context() ctx: RequestContext,
  ): Promise<Answer> {
    const answer = await this.helpful.unmark(user, answerId);
    ctx.loaders.get(viewerHelpfulByAnswer).prime(answer.id, false);
    return answer;
  }
}
