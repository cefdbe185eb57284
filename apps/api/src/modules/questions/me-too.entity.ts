import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Question } from './question.entity';

/** "I have this question too": one row per member and question. */
@Entity({ name: 'question_me_toos' })
@Index('question_me_toos_user_idx', ['userId'])
export class MeToo {
  @PrimaryColumn({ name: 'question_id', type: 'bigint', primaryKeyConstraintName: 'question_me_toos_pkey' })
  questionId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'bigint', primaryKeyConstraintName: 'question_me_toos_pkey' })
  userId!: string;

  @ManyToOne(() => Question, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'question_me_toos_question_fk' })
  question?: Question;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'question_me_toos_user_fk' })
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
