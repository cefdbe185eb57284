import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Community } from '../communities/community.entity';
import { User } from '../users/user.entity';

/** A member follows a community: they hear about its new questions. */
@Entity({ name: 'community_follows' })
@Index('community_follows_community_idx', ['communityId'])
export class CommunityFollow {
  @PrimaryColumn({ name: 'user_id', type: 'bigint', primaryKeyConstraintName: 'community_follows_pkey' })
  userId!: string;

  @PrimaryColumn({ name: 'community_id', type: 'bigint', primaryKeyConstraintName: 'community_follows_pkey' })
  communityId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'community_follows_user_fk' })
  user?: User;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id', foreignKeyConstraintName: 'community_follows_community_fk' })
  community?: Community;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
