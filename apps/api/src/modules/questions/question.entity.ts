import { HiddenReason, PostKind, RemovalReason } from '@agora/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
import { Answer } from '../answers/answer.entity';
import { Community } from '../communities/community.entity';
import { User } from '../users/user.entity';

registerEnumType(PostKind, { name: 'PostKind' });
registerEnumType(RemovalReason, { name: 'RemovalReason' });

@ObjectType({ description: 'A question, or a User Tip (kind USER_TIP).' })
@CacheTagOf<Question>((question) => readTags.question(question.id))
@Entity({ name: 'questions' })
@Index('questions_created_idx', ['createdAt', 'id'])
@Index('questions_community_created_idx', ['communityId', 'createdAt', 'id'])
@Index('questions_author_idx', ['authorId'])
export class Question {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'questions_pkey' })
  id!: string;

  @Field(() => PostKind)
  @Column({ type: 'enum', enum: PostKind, enumName: 'post_kind', default: PostKind.QUESTION })
  kind!: PostKind;

  @Column({ name: 'community_id', type: 'bigint' })
  communityId!: string;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'community_id', foreignKeyConstraintName: 'questions_community_fk' })
  community?: Community;

  @Column({ name: 'author_id', type: 'bigint' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'questions_author_fk' })
  author?: User;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'Markdown, as written.' })
  @Column({ type: 'text' })
  body!: string;

  @Field({ description: 'The body rendered to sanitised HTML.' })
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  @Field(() => [String])
  @Index('questions_tags_idx', { synchronize: false }) // GIN, created by the migration
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Index('questions_solution_answer_idx')
  @Column({ name: 'solution_answer_id', type: 'bigint', nullable: true })
  solutionAnswerId!: string | null;

  @ManyToOne(() => Answer, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'solution_answer_id', foreignKeyConstraintName: 'questions_solution_answer_fk' })
  solutionAnswer?: Relation<Answer>;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'solved_at', type: 'timestamptz', nullable: true })
  solvedAt!: Date | null;

  @Field(() => Int)
  @Column({ name: 'me_too_count', type: 'integer', default: 0 })
  meTooCount!: number;

  @Field(() => Int, { description: 'Helpful marks on a User Tip (answers carry their own).' })
  @Column({ name: 'helpful_count', type: 'integer', default: 0 })
  helpfulCount!: number;

  @Field(() => Int)
  @Column({ name: 'view_count', type: 'integer', default: 0 })
  viewCount!: number;

  @Field(() => Int)
  @Column({ name: 'answer_count', type: 'integer', default: 0 })
  answerCount!: number;

  /** Maintained by database triggers (migration Search1795200000000); never read or written here. */
  @Index('questions_search_idx', { synchronize: false })
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  // GIN with community_id beside the words, and one of solved questions only (migration SearchFilters1795800000000).
  @Index('questions_title_search_idx', { synchronize: false })
  @Index('questions_solved_title_search_idx', { synchronize: false })
  @Column({ name: 'title_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  titleVector?: string;

  @Field()
  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

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

  @Field(() => Date, { nullable: true, description: 'Set while locked: no new answers.' })
  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set while pinned: listed first in its community.' })
  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt!: Date | null;

  /** Set once merged into another question as its duplicate; the old URL redirects there. */
  @Column({ name: 'merged_into_id', type: 'bigint', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => Question, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'questions_merged_into_fk' })
  mergedInto?: Relation<Question>;

  @Field()
  @Index('questions_unanswered_idx', { synchronize: false }) // partial: the unanswered queue
  @Index('questions_unsolved_idx', { synchronize: false }) // partial: unsolved after N days
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its text was last edited; null if never.' })
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
