import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Each member's points in each community, kept by the ledger writer in the same transaction as the
 * ledger row, so a community's all-time leaderboard is one index read, not a sum over its history.
 */
@Entity({ name: 'user_community_points' })
export class CommunityPoints {
  @PrimaryColumn({ name: 'user_id', type: 'bigint', primaryKeyConstraintName: 'user_community_points_pkey' })
  userId!: string;

  @PrimaryColumn({ name: 'community_id', type: 'bigint', primaryKeyConstraintName: 'user_community_points_pkey' })
  communityId!: string;

  @Index('user_community_points_rank_idx', { synchronize: false }) // (community_id, points DESC, user_id DESC)
  @Column({ type: 'integer', default: 0 })
  points!: number;
}
