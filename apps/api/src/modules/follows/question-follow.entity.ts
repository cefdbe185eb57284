import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Question } from '../questions/question.entity';
import { User } from '../users/user.entity';

/** A member follows a thread: they hear about its new answers. */
@Entity({ name: 'question_follows' })
@Index('question_follows_question_idx', ['questionId'])
export class QuestionFollow {
  @PrimaryColumn({ name: 'user_id', type: 'bigint', primaryKeyConstraintName: 'question_follows_pkey' })
  userId!: string;

  @PrimaryColumn({ name: 'question_id', type: 'bigint', primaryKeyConstraintName: 'question_follows_pkey' })
  questionId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'question_follows_user_fk' })
  user?: User;

  @ManyToOne(() => Question, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'question_follows_question_fk' })
  question?: Question;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
