import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { Answer } from '../answers/answer.entity';
import { SignedIn } from '../users/signed-in.guard';
import { User } from '../users/user.entity';
import { HelpfulService } from './helpful.service';

@Resolver()
export class HelpfulResolver {
  constructor(private readonly helpful: HelpfulService) {}

  @SignedIn()
  @Mutation(() => Answer, { description: 'Once per member and answer; never on your own answer.' })
  markHelpful(@CurrentUser() user: User, @Args('answerId', { type: () => ID }) answerId: string): Promise<Answer> {
    return this.helpful.mark(user, answerId);
  }

  @SignedIn()
  @Mutation(() => Answer)
  unmarkHelpful(@CurrentUser() user: User, @Args('answerId', { type: () => ID }) answerId: string): Promise<Answer> {
    return this.helpful.unmark(user, answerId);
  }
}
