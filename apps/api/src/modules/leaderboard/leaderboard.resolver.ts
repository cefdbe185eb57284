import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CacheTags } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { readTags } from '../../core/anonymous-cache/read-tags';
import { RequestContext } from '../../core/auth/request-context';
import { User } from '../users/user.entity';
import { usersById } from '../users/users.loaders';
import { LeaderboardArgs, LeaderboardEntry } from './dto/leaderboard.dto';
import { LeaderboardService } from './leaderboard.service';

@Resolver(() => LeaderboardEntry)
export class LeaderboardResolver {
  constructor(private readonly leaderboardService: LeaderboardService) {}

  // Any change of points anywhere. WEEK and MONTH also come from LeaderboardService's own minute-long cache.
  @CacheTags(() => [readTags.leaderboard])
  @Query(() => [LeaderboardEntry], { description: 'Top contributors, for a period and optionally one community.' })
  async leaderboard(@Args() args: LeaderboardArgs, @Context() ctx: RequestContext): Promise<LeaderboardEntry[]> {
    const standings = await this.leaderboardService.standings(args);
    const users = await ctx.loaders.get(usersById).loadMany(standings.map((s) => s.userId));
    return standings.flatMap((standing, index) => {
      const user = users[index];
      return user instanceof User ? [{ rank: index + 1, user, points: standing.points }] : [];
    });
  }
}
