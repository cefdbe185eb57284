import { Role } from '@agora/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CacheTagOf } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { readTags } from '../../core/anonymous-cache/read-tags';

registerEnumType(Role, { name: 'Role', description: 'What a person may do: members post, staff also curate.' });

@ObjectType()
// Pages show a member's name and level next to each post: those change seldom (`user`). Any other
// field (points, counts, badges...) changes with most of their activity (`profile`).
@CacheTagOf<User>((user) => readTags.user(user.id), {
  identity: ['id', 'displayName', 'level', 'role', 'createdAt'],
  tagsOf: (user) => [readTags.profile(user.id)],
})
@Entity({ name: 'users' })
@Index('users_email_key', ['email'], { unique: true })
@Index('users_reputation_idx', ['reputation', 'id'])
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'users_pkey' })
  id!: string;

  /** Stored lower-cased; shown to its owner only (see UserResolver.email). */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Field()
  @Index('users_display_name_lower_idx', { synchronize: false }) // lower(display_name), for @mentions
  @Column({ name: 'display_name', type: 'varchar', length: 40 })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role', default: Role.MEMBER })
  role!: Role;

  /** Always equal to the sum of this user's rows in reputation_events. */
  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  reputation!: number;

  /** Set while suspended (moderation): the member can read and appeal, not write. */
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil!: Date | null;

  @Column({ name: 'suspension_reason', type: 'varchar', length: 1000, nullable: true })
  suspensionReason!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
