import { HiddenReason, RemovalReason } from '@agora/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  type Relation,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CacheTagOf } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { readTags } from '../../core/anonymous-cache/read-tags';
import { Question } from '../questions/question.entity';
import { User } from '../users/user.entity';

@ObjectType()
// An answer belongs to its question's page: whatever changes it invalidates the question's tag.
@CacheTagOf<Answer>((answer) => readTags.question(answer.questionId))
@Entity({ name: 'answers' })
@Index('answers_question_idx', ['questionId', 'createdAt'])
@Index('answers_author_idx', ['authorId'])
export class Answer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'answers_pkey' })
  id!: string;

  @Column({ name: 'question_id', type: 'bigint' })
  questionId!: string;

  @ManyToOne(() => Question, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'answers_question_fk' })
  question?: Relation<Question>;

  @Column({ name: 'author_id', type: 'bigint' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'answers_author_fk' })
  author?: User;

  @Field({ description: 'Markdown, as written.' })
  @Column({ type: 'text' })
  body!: string;

  @Field({ description: 'The body rendered to sanitised HTML.' })
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  @Field(() => Int)
  @Index('answers_question_helpful_idx', { synchronize: false }) // partial, covering: search's helpful lift
  @Column({ name: 'helpful_count', type: 'integer', default: 0 })
  helpfulCount!: number;

  @Field(() => Date, { nullable: true, description: 'When a moderator recommended it ("Recommended by the brand").' })
  @Column({ name: 'recommended_at', type: 'timestamptz', nullable: true })
  recommendedAt!: Date | null;

  @Column({ name: 'recommended_by_id', type: 'bigint', nullable: true })
  recommendedById!: string | null;

  @Field(() => Date, { nullable: true, description: 'Set while a moderator has removed it.' })
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @Field(() => RemovalReason, { nullable: true })
  @Column({ name: 'removal_reason', type: 'enum', enum: RemovalReason, enumName: 'removal_reason', nullable: true })
  removalReason!: RemovalReason | null;

  @Column({ name: 'removed_by_id', type: 'bigint', nullable: true })
  removedById!: string | null;

  /** Set while out of sight pending review (reports, filters, a moderator); no points move. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_reason', type: 'enum', enum: HiddenReason, enumName: 'hidden_reason', nullable: true })
  hiddenReason!: HiddenReason | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its text was last edited; null if never.' })
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
