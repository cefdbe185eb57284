import { PointsReason } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parseId } from '../../core/graphql/parse-id';
import { TtlCache } from '../../core/cache/ttl-cache';
import { pageSize } from '../../core/pagination/cursor';
import { LeaderboardArgs, LeaderboardPeriod } from './dto/leaderboard.dto';

const PERIOD_DAYS: Record<Exclude<LeaderboardPeriod, LeaderboardPeriod.ALL_TIME>, number> = {
  [LeaderboardPeriod.WEEK]: 7,
  [LeaderboardPeriod.MONTH]: 30,
};

export interface Standing {
  userId: string;
  points: number;
}

/** Rolling-period boards are sums over weeks of ledger rows; a minute's staleness is fine for them. */
const PERIOD_CACHE_MS = 60_000;

/**
 * All-time rankings read `users.reputation` or `user_community_points` (one index each); a rolling
 * period sums the ledger through the covering indexes on (created_at) and (community_id, created_at).
 */
@Injectable()
export class LeaderboardService {
  private readonly periodCache = new TtlCache<Standing[]>(PERIOD_CACHE_MS);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async standings(args: LeaderboardArgs): Promise<Standing[]> {
    const limit = pageSize(args.first);
    const communityId = args.communityId ? parseId(args.communityId, 'communityId') : null;
    const period = args.period;
    if (period === LeaderboardPeriod.ALL_TIME) return this.allTime(communityId, limit);
    return this.periodCache.get(`${period}:${communityId}:${limit}`, () => this.period(period, communityId, limit));
  }

  private async allTime(communityId: string | null, limit: number): Promise<Standing[]> {
    const rows: { user_id: string; points: number }[] = communityId
      ? await this.dataSource.query(
          `SELECT user_id, points FROM user_community_points WHERE community_id = $1 AND points > 0
            ORDER BY points DESC, user_id DESC LIMIT $2`,
          [communityId, limit],
        )
      : await this.dataSource.query(
          'SELECT id AS user_id, reputation AS points FROM users WHERE reputation > 0 ORDER BY reputation DESC, id DESC LIMIT $1',
          [limit],
        );
    return rows.map((r) => ({ userId: r.user_id, points: r.points }));
  }

  private async period(period: Exclude<LeaderboardPeriod, LeaderboardPeriod.ALL_TIME>, communityId: string | null, limit: number) {
    const params: unknown[] = [PointsReason.IMPORTED, limit, PERIOD_DAYS[period]];
    const where = ['reason <> $1', 'created_at >= now() - make_interval(days => $3)'];
    if (communityId) {
      params.push(communityId);
      where.push(`community_id = $${params.length}`);
    }
    const rows = await this.dataSource.query(
      `SELECT user_id, SUM(amount)::int AS points FROM reputation_events WHERE ${where.join(' AND ')}
        GROUP BY user_id HAVING SUM(amount) > 0 ORDER BY points DESC, user_id DESC LIMIT $2`,
      params,
    );
    return rows.map((r: { user_id: string; points: number }) => ({ userId: r.user_id, points: r.points }));
  }
}
