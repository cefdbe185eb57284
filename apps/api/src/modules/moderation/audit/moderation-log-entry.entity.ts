import { ModerationActionType, ModerationTargetType } from '@agora/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from './graphql-json';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/user.entity';
import '../moderation-enums';

/**
 * The audit log: one row per staff action (and per automatic one, with no actor). Append-only: a
 * database trigger rejects UPDATE, DELETE and TRUNCATE. Rows about a member are also what that member
 * is shown about themselves (myModerationActions).
 */
@ObjectType('ModerationLogEntry')
@Entity({ name: 'moderation_log' })
@Index('moderation_log_created_idx', ['createdAt', 'id'])
@Index('moderation_log_subject_idx', ['subjectUserId', 'createdAt'])
@Index('moderation_log_target_idx', ['targetType', 'targetId'])
@Index('moderation_log_actor_idx', ['actorId', 'createdAt'])
export class ModerationLogEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'moderation_log_pkey',
  })
  id!: string;

  /** Null for automatic actions (reports reaching the limit, filters). */
  @Column({ name: 'actor_id', type: 'bigint', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'actor_id',
    foreignKeyConstraintName: 'moderation_log_actor_fk',
  })
  actor?: User;

  @Field(() => ModerationActionType)
  @Column({
    type: 'enum',
    enum: ModerationActionType,
    enumName: 'moderation_action_type',
  })
  action!: ModerationActionType;

  @Field(() => ModerationTargetType, { nullable: true })
  @Column({
    name: 'target_type',
    type: 'enum',
    enum: ModerationTargetType,
    enumName: 'moderation_target_type',
    nullable: true,
  })
  targetType!: ModerationTargetType | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'target_id', type: 'bigint', nullable: true })
  targetId!: string | null;

  /** The member the action concerns: the post's author, or the member acted on. */
  @Column({ name: 'subject_user_id', type: 'bigint', nullable: true })
  subjectUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'subject_user_id',
    foreignKeyConstraintName: 'moderation_log_subject_fk',
  })
  subjectUser?: User;

  @Field(() => String, {
    nullable: true,
    description: 'A reason code (SPAM, REPORTED...) or the rule broken.',
  })
  @Column({ type: 'varchar', length: 100, nullable: true })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What staff wrote to explain it.',
  })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
