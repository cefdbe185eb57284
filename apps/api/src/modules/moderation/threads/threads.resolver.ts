import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { InvalidatesCacheTags } from '../../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../../core/auth/current-user.decorator';
import { Question } from '../../questions/question.entity';
import { StaffOnly } from '../../users/signed-in.guard';
import { User } from '../../users/user.entity';
import { MergeQuestionInput, MoveQuestionInput } from './thread.inputs';
import { ThreadsService } from './threads.service';

@Resolver()
export class ThreadsResolver {
  constructor(private readonly threads: ThreadsService) {}

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Question, {
    description: 'No new answers until unlocked (staff still can).',
  })
  lockThread(@CurrentUser() staff: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.threads.setFlag(staff, questionId, 'lockedAt', true);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Question)
  unlockThread(@CurrentUser() staff: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.threads.setFlag(staff, questionId, 'lockedAt', false);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Question, { description: 'Listed first in its community.' })
  pinQuestion(@CurrentUser() staff: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.threads.setFlag(staff, questionId, 'pinnedAt', true);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Question)
  unpinQuestion(@CurrentUser() staff: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.threads.setFlag(staff, questionId, 'pinnedAt', false);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Question, {
    description: 'Moves a thread to another community.',
  })
  moveQuestion(@CurrentUser() staff: User, @Args('input') input: MoveQuestionInput): Promise<Question> {
    return this.threads.move(staff, input);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Question, {
    description: 'Merges a duplicate into the original; returns the duplicate, whose mergedInto is set.',
  })
  mergeQuestion(@CurrentUser() staff: User, @Args('input') input: MergeQuestionInput): Promise<Question> {
    return this.threads.merge(staff, input);
  }
}
