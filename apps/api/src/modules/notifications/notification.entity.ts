import { ModerationOutcome, NotificationType } from '@agora/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Answer } from '../answers/answer.entity';
import { Question } from '../questions/question.entity';
import { User } from '../users/user.entity';

registerEnumType(NotificationType, { name: 'NotificationType' });
registerEnumType(ModerationOutcome, { name: 'ModerationOutcome' });

/**
 * One line of a member's inbox. While unread, every event of the same type about the same subject
 * (`group_key`) lands on the same row: "Your answer was marked helpful by 12 people" is one row whose
 * `actor_ids` holds the 12, the latest last. The unique partial index makes that an upsert.
 */
@ObjectType()
@Entity({ name: 'notifications' })
@Index('notifications_recipient_idx', ['recipientId', 'updatedAt', 'id'])
@Index('notifications_unread_group_key', ['recipientId', 'type', 'groupKey'], { unique: true, where: 'read_at IS NULL' })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'notifications_pkey' })
  id!: string;

  @Column({ name: 'recipient_id', type: 'bigint' })
  recipientId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'notifications_recipient_fk' })
  recipient?: User;

  @Field(() => NotificationType)
  @Column({ type: 'enum', enum: NotificationType, enumName: 'notification_type' })
  type!: NotificationType;

  /** What unread events of one type are grouped by: `question:12`, `answer:40`, `badge:FIRST_ANSWER`... */
  @Column({ name: 'group_key', type: 'varchar', length: 100 })
  groupKey!: string;

  @Column({ name: 'question_id', type: 'bigint', nullable: true })
  questionId!: string | null;

  @ManyToOne(() => Question, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'notifications_question_fk' })
  question?: Question;

  @Column({ name: 'answer_id', type: 'bigint', nullable: true })
  answerId!: string | null;

  @ManyToOne(() => Answer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'answer_id', foreignKeyConstraintName: 'notifications_answer_fk' })
  answer?: Answer;

  /** Everyone who caused this row's events, oldest first, each once. */
  @Column({ name: 'actor_ids', type: 'bigint', array: true })
  actorIds!: string[];

  /** BADGE_EARNED: which badge (exposed as `badge`). */
  @Column({ name: 'badge_id', type: 'varchar', length: 60, nullable: true })
  badgeId!: string | null;

  @Field(() => Int, { nullable: true, description: 'LEVEL_REACHED: the new level.' })
  @Column({ type: 'integer', nullable: true })
  level!: number | null;

  @Field(() => ModerationOutcome, { nullable: true })
  @Column({ name: 'moderation_outcome', type: 'enum', enum: ModerationOutcome, enumName: 'moderation_outcome', nullable: true })
  moderationOutcome!: ModerationOutcome | null;

  @Field(() => String, { nullable: true, description: 'MODERATION_OUTCOME: why, in the moderator\'s words or as a reason code.' })
  @Column({ name: 'moderation_note', type: 'text', nullable: true })
  moderationNote!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field({ description: 'When the latest event joined this notification; the inbox is sorted by it.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
