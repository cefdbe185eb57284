import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/user.entity';
import { ModerationLogEntry } from '../audit/moderation-log-entry.entity';

/** A member asks staff to reconsider one action about them: once per action (unique action_id). */
@ObjectType()
@Entity({ name: 'appeals' })
@Index('appeals_action_key', ['actionId'], { unique: true })
@Index('appeals_appellant_idx', ['appellantId'])
export class Appeal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'appeals_pkey',
  })
  id!: string;

  @Column({ name: 'action_id', type: 'bigint' })
  actionId!: string;

  @ManyToOne(() => ModerationLogEntry, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'action_id',
    foreignKeyConstraintName: 'appeals_action_fk',
  })
  action?: ModerationLogEntry;

  @Column({ name: 'appellant_id', type: 'bigint' })
  appellantId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'appellant_id',
    foreignKeyConstraintName: 'appeals_appellant_fk',
  })
  appellant?: User;

  @Field()
  @Column({ type: 'varchar', length: 1000 })
  message!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Null while pending; true when staff reversed the action.',
  })
  @Column({ type: 'boolean', nullable: true })
  granted!: boolean | null;

  @Field(() => String, { nullable: true, description: 'What staff answered.' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  response!: string | null;
}
