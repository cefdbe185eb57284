import { badgeById } from '@agora/shared';
import DataLoader from 'dataloader';
import { groupedByKey, LoaderFactory } from '../../core/dataloaders/request-loaders';
import { AwardedBadge } from './dto/badge.dto';

export const badgesByUser: LoaderFactory<string, AwardedBadge[]> = (dataSource) =>
  new DataLoader(async (userIds) => {
    const rows: { user_id: string; badge_id: string; community_id: string | null; awarded_at: Date }[] = await dataSource.query(
      'SELECT user_id, badge_id, community_id, awarded_at FROM user_badges WHERE user_id = ANY($1::bigint[]) ORDER BY awarded_at, id',
      [userIds],
    );
    const awarded = rows.flatMap((row) => {
      const badge = badgeById(row.badge_id);
      return badge ? [{ badge, awardedAt: row.awarded_at, communityId: row.community_id, userId: row.user_id, community: null }] : [];
    });
    return groupedByKey(userIds, awarded, (a) => a.userId);
  });
