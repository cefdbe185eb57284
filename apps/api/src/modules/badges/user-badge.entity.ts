import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** A badge a member holds; per-community badges carry the community. Earned once, kept for good. */
@Entity({ name: 'user_badges' })
@Index('user_badges_badge_idx', ['badgeId', 'awardedAt'])
export class UserBadge {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'user_badges_pkey' })
  id!: string;

  @Index('user_badges_unique_idx', { synchronize: false }) // UNIQUE NULLS NOT DISTINCT (user, badge, community)
  @Column({ name: 'user_id', type: 'bigint' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_badges_user_fk' })
  user?: User;

  @Column({ name: 'badge_id', type: 'varchar', length: 40 })
  badgeId!: string;

  @Column({ name: 'community_id', type: 'bigint', nullable: true })
  communityId!: string | null;

  @CreateDateColumn({ name: 'awarded_at', type: 'timestamptz' })
  awardedAt!: Date;
}
