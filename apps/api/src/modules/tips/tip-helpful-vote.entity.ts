import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Question } from '../questions/question.entity';
import { User } from '../users/user.entity';

/** A member found a User Tip helpful; the primary key makes a second mark impossible. */
@Entity({ name: 'tip_helpful_votes' })
@Index('tip_helpful_votes_user_idx', ['userId'])
export class TipHelpfulVote {
  @PrimaryColumn({ name: 'tip_id', type: 'bigint', primaryKeyConstraintName: 'tip_helpful_votes_pkey' })
  tipId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'bigint', primaryKeyConstraintName: 'tip_helpful_votes_pkey' })
  userId!: string;

  @ManyToOne(() => Question, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tip_id', foreignKeyConstraintName: 'tip_helpful_votes_tip_fk' })
  tip?: Question;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'tip_helpful_votes_user_fk' })
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
