import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Answer } from './answer.entity';

@ObjectType({ description: 'One version of an answer, the first one included.' })
@Entity({ name: 'answer_revisions' })
@Index('answer_revisions_answer_idx', ['answerId', 'createdAt'])
export class AnswerRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'answer_revisions_pkey' })
  id!: string;

  @Column({ name: 'answer_id', type: 'bigint' })
  answerId!: string;

  @ManyToOne(() => Answer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'answer_id', foreignKeyConstraintName: 'answer_revisions_answer_fk' })
  answer?: Answer;

  @Column({ name: 'editor_id', type: 'bigint' })
  editorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'editor_id', foreignKeyConstraintName: 'answer_revisions_editor_fk' })
  editor?: User;

  @Field()
  @Column({ type: 'text' })
  body!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
