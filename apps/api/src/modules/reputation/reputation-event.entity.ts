import { PointsReason } from '@agora/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

registerEnumType(PointsReason, { name: 'PointsReason' });

/**
 * One row of the append-only points ledger. `key` names the thing that earns points (one helpful
 * mark, one solution, one penalty...); the sum of a key's rows is what that thing holds right now, so
 * undoing it is "bring that sum back to 0" and restoring it is "bring it back to what it was given".
 */
@ObjectType({ description: 'One change of a member\'s points, and why.' })
@Entity({ name: 'reputation_events' })
@Index('reputation_events_user_idx', ['userId', 'createdAt'])
@Index('reputation_events_answer_idx', ['answerId'])
@Index('reputation_events_user_key_idx', ['userId', 'key'])
@Index('reputation_events_user_cap_group_idx', ['userId', 'capGroup'])
@Index('reputation_events_question_idx', ['questionId'])
export class ReputationEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'reputation_events_pkey' })
  id!: string;

  @Column({ name: 'user_id', type: 'bigint' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'reputation_events_user_fk' })
  user?: User;

  @Field(() => Int)
  @Column({ type: 'integer' })
  amount!: number;

  @Field(() => PointsReason)
  @Column({ type: 'varchar', length: 40 })
  reason!: PointsReason;

  @Column({ type: 'varchar', length: 160 })
  key!: string;

  /** Keys that share a limit (all helpful marks on one answer, all me-toos on one question). */
  @Column({ name: 'cap_group', type: 'varchar', length: 120, nullable: true })
  capGroup!: string | null;

  /** Counts towards the daily limit on points from votes. */
  @Column({ name: 'daily_capped', type: 'boolean', default: false })
  dailyCapped!: boolean;

  /** Who caused it (the voter, the asker who accepted, the moderator), when somebody did. */
  @Column({ name: 'actor_id', type: 'bigint', nullable: true })
  actorId!: string | null;

  @Column({ name: 'question_id', type: 'bigint', nullable: true })
  questionId!: string | null;

  @Column({ name: 'answer_id', type: 'bigint', nullable: true })
  answerId!: string | null;

  @Index('reputation_events_community_created_idx', { synchronize: false })
  @Column({ name: 'community_id', type: 'bigint', nullable: true })
  communityId!: string | null;

  @Field()
  @Index('reputation_events_created_idx', { synchronize: false })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
