import { BADGES } from '@agora/shared';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CacheTags } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { readTags } from '../../core/anonymous-cache/read-tags';
import { RequestContext } from '../../core/auth/request-context';
import { pageSize } from '../../core/pagination/cursor';
import { communitiesById } from '../communities/communities.loaders';
import { Community } from '../communities/community.entity';
import { User } from '../users/user.entity';
import { usersById } from '../users/users.loaders';
import { badgesByUser } from './badges.loaders';
import { AwardedBadge, Badge } from './dto/badge.dto';

@Resolver(() => Badge)
export class BadgesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @CacheTags(() => [readTags.badges]) // the catalogue is constant; its holders are not
  @Query(() => [Badge], { description: 'Every badge there is, bronze first.' })
  badges(): Badge[] {
    return [...BADGES];
  }

  @ResolveField(() => Int)
  async holderCount(@Parent() badge: Badge): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(DISTINCT user_id)::int AS holders FROM user_badges WHERE badge_id = $1', [badge.id]);
    return row.holders;
  }

  @ResolveField(() => [User], { description: 'The most recent holders first.' })
  async holders(@Parent() badge: Badge, @Args('first', { type: () => Int, nullable: true }) first: number | null, @Context() ctx: RequestContext) {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM user_badges WHERE badge_id = $1 GROUP BY user_id ORDER BY max(awarded_at) DESC, user_id LIMIT $2`,
      [badge.id, pageSize(first)],
    );
    const users = await ctx.loaders.get(usersById).loadMany(rows.map((r) => r.user_id));
    return users.filter((user): user is User => user instanceof User);
  }
}

@Resolver(() => AwardedBadge)
export class AwardedBadgeResolver {
  @ResolveField(() => Community, { nullable: true })
  community(@Parent() awarded: AwardedBadge, @Context() ctx: RequestContext): Promise<Community | null> | null {
    return awarded.communityId ? ctx.loaders.get(communitiesById).load(awarded.communityId) : null;
  }
}

@Resolver(() => User)
export class UserBadgesResolver {
  @ResolveField(() => [AwardedBadge])
  badges(@Parent() user: User, @Context() ctx: RequestContext): Promise<AwardedBadge[]> {
    return ctx.loaders.get(badgesByUser).load(user.id);
  }
}
