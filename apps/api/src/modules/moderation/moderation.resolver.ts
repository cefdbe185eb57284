import { Role } from '@agora/shared';
import { Args, createUnionType, ID, Mutation, Resolver } from '@nestjs/graphql';
import { InvalidatesCacheTags } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { Answer } from '../answers/answer.entity';
import { Question } from '../questions/question.entity';
import { AdminOnly, StaffOnly } from '../users/signed-in.guard';
import { User } from '../users/user.entity';
import { PostActionInput, RemovePostInput } from './dto/moderation.inputs';
import { ModerationService } from './moderation.service';
import { PostVisibilityService } from './post-visibility.service';

export const Post = createUnionType({
  name: 'Post',
  types: () => [Question, Answer] as const,
  resolveType: (post) => ('questionId' in post ? Answer : Question),
});

@Resolver()
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly visibility: PostVisibilityService,
  ) {}

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Post, { description: 'Hides a question, User Tip or answer and takes back the points it earned.' })
  removePost(@CurrentUser() moderator: User, @Args('input') input: RemovePostInput): Promise<Question | Answer> {
    return this.moderation.remove(moderator, input);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Post, { description: 'Undoes a removal (or a hiding) and gives back the points that still stand.' })
  restorePost(
    @CurrentUser() moderator: User,
    @Args('questionId', { type: () => ID, nullable: true }) questionId?: string,
    @Args('answerId', { type: () => ID, nullable: true }) answerId?: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<Question | Answer> {
    return this.moderation.restore(moderator, { questionId, answerId, note });
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Post, { description: 'Takes a post out of sight pending review; no points move (only removing does that).' })
  hidePost(@CurrentUser() moderator: User, @Args('input') input: PostActionInput): Promise<Question | Answer> {
    return this.visibility.hide(moderator, input);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Post, { description: 'Publishes a hidden or held post and dismisses its reports.' })
  approvePost(@CurrentUser() moderator: User, @Args('input') input: PostActionInput): Promise<Question | Answer> {
    return this.visibility.approve(moderator, input);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Answer, { description: 'Marks an answer "Recommended by" the brand.' })
  recommendAnswer(@CurrentUser() moderator: User, @Args('answerId', { type: () => ID }) answerId: string): Promise<Answer> {
    return this.moderation.recommend(moderator, answerId, true);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Answer)
  unrecommendAnswer(@CurrentUser() moderator: User, @Args('answerId', { type: () => ID }) answerId: string): Promise<Answer> {
    return this.moderation.recommend(moderator, answerId, false);
  }

  @AdminOnly()
  @InvalidatesCacheTags()
  @Mutation(() => User)
  setUserRole(
    @CurrentUser() admin: User,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<User> {
    return this.moderation.setRole(admin, userId, role);
  }
}
