import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
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
  @Mutation(() => Question, {
    description: 'No new answers until unlocked (staff still can).',
  })
  lockThread(@CurrentUser() staff: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.threads.setFlag(staff, questionId, 'lockedAt', true);
  }

  @StaffOnly()
  @Mutation(() => Question)
  unlockThread(@CurrentUser() staff: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.threads.setFlag(staff, questionId, 'lockedAt', false);
  }

  @StaffOnly()
  @Mutation(() => Question, { description: 'Listed first in its community.' })
  pinQuestion(@CurrentUser() staff: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.threads.setFlag(staff, questionId, 'pinnedAt', true);
  }

  @StaffOnly()
  @Mutation(() => Question)
  unpinQuestion(@CurrentUser() staff: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.threads.setFlag(staff, questionId, 'pinnedAt', false);
  }

  @StaffOnly()
  @Mutation(() => Question, {
    description: 'Moves a thread to another community.',
  })
  moveQuestion(@CurrentUser() staff: User, @Args('input') input: MoveQuestionInput): Promise<Question> {
    return this.threads.move(staff, input);
  }

  @StaffOnly()
  @Mutation(() => Question, {
    description: 'Merges a duplicate into the original; returns the duplicate, whose mergedInto is set.',
  })
  mergeQuestion(@CurrentUser() staff: User, @Args('input') input: MergeQuestionInput): Promise<Question> {
    return this.threads.merge(staff, input);
  }
}
