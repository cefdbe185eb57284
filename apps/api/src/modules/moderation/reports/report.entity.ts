import { ModerationTargetType, ReportReason } from '@agora/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Question } from '../../questions/question.entity';
import { User } from '../../users/user.entity';
import '../moderation-enums';

/** One member's report of a post or a person: at most one per member and target, ever. */
@ObjectType()
@Entity({ name: 'reports' })
@Index('reports_reporter_target_key', ['reporterId', 'targetType', 'targetId'], { unique: true })
@Index('reports_target_idx', ['targetType', 'targetId', 'createdAt'])
export class Report {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'reports_pkey',
  })
  id!: string;

  @Column({ name: 'reporter_id', type: 'bigint' })
  reporterId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'reporter_id',
    foreignKeyConstraintName: 'reports_reporter_fk',
  })
  reporter?: User;

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

  @Field(() => ReportReason)
  @Column({ type: 'enum', enum: ReportReason, enumName: 'report_reason' })
  reason!: ReportReason;

  @Column({ name: 'duplicate_of_id', type: 'bigint', nullable: true })
  duplicateOfId!: string | null;

  @ManyToOne(() => Question, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'duplicate_of_id',
    foreignKeyConstraintName: 'reports_duplicate_of_fk',
  })
  duplicateOf?: Question;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When staff dealt with it (approved, hid or removed the target).',
  })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
