import { ModerationTargetType, QueueItemKind } from '@agora/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/user.entity';
import { Appeal } from '../appeals/appeal.entity';
import '../moderation-enums';

/**
 * One thing waiting for staff: a reported (perhaps auto-hidden) or pre-moderated target, or an appeal.
 * A target has at most one open item (partial unique index in the migration), which gathers its reports.
 */
@ObjectType()
@Entity({ name: 'moderation_queue_items' })
@Index('moderation_queue_items_open_target_key', { synchronize: false })
@Index('moderation_queue_items_open_idx', { synchronize: false })
export class QueueItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'moderation_queue_items_pkey',
  })
  id!: string;

  @Field(() => QueueItemKind)
  @Column({ type: 'enum', enum: QueueItemKind, enumName: 'queue_item_kind' })
  kind!: QueueItemKind;

  @Field(() => ModerationTargetType)
  @Column({
    name: 'target_type',
    type: 'enum',
    enum: ModerationTargetType,
    enumName: 'moderation_target_type',
  })
  targetType!: ModerationTargetType;

  @Field(() => ID)
  @Column({ name: 'target_id', type: 'bigint' })
  targetId!: string;

  @Column({ name: 'appeal_id', type: 'bigint', nullable: true })
  appealId!: string | null;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'appeal_id',
    foreignKeyConstraintName: 'moderation_queue_items_appeal_fk',
  })
  appeal?: Appeal;

  @Field(() => String, {
    nullable: true,
    description: 'For a pre-moderated post: which filter held it.',
  })
  @Column({ name: 'hold_reason', type: 'varchar', length: 200, nullable: true })
  holdReason!: string | null;

  @Field({
    description: 'When it entered the queue; the queue is oldest first.',
  })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by_id', type: 'bigint', nullable: true })
  resolvedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'resolved_by_id',
    foreignKeyConstraintName: 'moderation_queue_items_resolved_by_fk',
  })
  resolvedBy?: User;
}
