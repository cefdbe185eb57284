import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Answer } from '../answers/answer.entity';
import { User } from '../users/user.entity';

/** A member found an answer helpful. The primary key makes a second mark impossible. */
@Entity({ name: 'helpful_votes' })
@Index('helpful_votes_user_idx', ['userId'])
export class HelpfulVote {
  @PrimaryColumn({ name: 'answer_id', type: 'bigint', primaryKeyConstraintName: 'helpful_votes_pkey' })
  answerId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'bigint', primaryKeyConstraintName: 'helpful_votes_pkey' })
  userId!: string;

  @ManyToOne(() => Answer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'answer_id', foreignKeyConstraintName: 'helpful_votes_answer_fk' })
  answer?: Answer;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'helpful_votes_user_fk' })
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
