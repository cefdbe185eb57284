import { pointsToNextLevel } from '@agora/shared';
import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestContext } from '../../core/auth/request-context';
import { forbidden } from '../../core/graphql/errors';
import { decodeCursor, encodeCursor, pageSize } from '../../core/pagination/cursor';
import { answersById } from '../answers/answers.loaders';
import { Answer } from '../answers/answer.entity';
import { communitiesById } from '../communities/communities.loaders';
import { Community } from '../communities/community.entity';
import { Question } from '../questions/question.entity';
import { questionsById } from '../questions/questions.loaders';
import { User } from '../users/user.entity';
import { viewerOwnsOrModerates } from '../users/viewer-permissions';
import { ReputationEventConnection } from './dto/reputation-history.dto';
import { ReputationEvent } from './reputation-event.entity';

@Resolver(() => User)
export class UserReputationResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => Int, { nullable: true, description: 'Points still needed for the next level; null at level 10.' })
  pointsToNextLevel(@Parent() user: User): number | null {
    return pointsToNextLevel(user.reputation);
  }

  @ResolveField(() => ReputationEventConnection, { description: 'Newest first. Visible to the member and to staff only.' })
  async reputationHistory(
    @Parent() user: User,
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ReputationEventConnection> {
    if (!(await viewerOwnsOrModerates(ctx, user.id))) throw forbidden('A member\'s points history is visible to them and to staff only.');
    const size = pageSize(first);
    const query = this.dataSource
      .getRepository(ReputationEvent)
      .createQueryBuilder('e')
      .where('e.user_id = :userId', { userId: user.id })
      .andWhere('e.amount <> 0')
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(size + 1);
    if (after) query.andWhere('(e.created_at, e.id) < (:createdAt, :id)', decodeCursor(after));
    const rows = await query.getMany();
    const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeCursor(node) }));
    return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}

@Resolver(() => ReputationEvent)
export class ReputationEventResolver {
  @ResolveField(() => Question, { nullable: true })
  question(@Parent() event: ReputationEvent, @Context() ctx: RequestContext): Promise<Question | null> | null {
    return event.questionId ? ctx.loaders.get(questionsById).load(event.questionId) : null;
  }

  @ResolveField(() => Answer, { nullable: true })
  answer(@Parent() event: ReputationEvent, @Context() ctx: RequestContext): Promise<Answer | null> | null {
    return event.answerId ? ctx.loaders.get(answersById).load(event.answerId) : null;
  }

  @ResolveField(() => Community, { nullable: true })
  community(@Parent() event: ReputationEvent, @Context() ctx: RequestContext): Promise<Community | null> | null {
    return event.communityId ? ctx.loaders.get(communitiesById).load(event.communityId) : null;
  }
}
