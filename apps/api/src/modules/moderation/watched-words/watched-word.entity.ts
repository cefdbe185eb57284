import { WatchedWordAction } from '@agora/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/user.entity';
import '../moderation-enums';

/** A word admins watch for in posts: it blocks the post, holds it for review, or is replaced. */
@ObjectType()
@Entity({ name: 'watched_words' })
@Index('watched_words_word_key', ['word'], { unique: true })
export class WatchedWord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'watched_words_pkey',
  })
  id!: string;

  /** Stored normalised (lower case, no accents), as the matcher compares it. */
  @Field()
  @Column({ type: 'varchar', length: 60 })
  word!: string;

  @Field(() => WatchedWordAction)
  @Column({
    type: 'enum',
    enum: WatchedWordAction,
    enumName: 'watched_word_action',
  })
  action!: WatchedWordAction;

  @Field(() => String, {
    nullable: true,
    description: 'For REPLACE: the text put in its place.',
  })
  @Column({ type: 'varchar', length: 60, nullable: true })
  replacement!: string | null;

  @Field({
    description: 'The rule a blocked author is shown, e.g. "Be respectful: no insults".',
  })
  @Column({ type: 'varchar', length: 80 })
  rule!: string;

  @Column({ name: 'created_by_id', type: 'bigint' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'watched_words_created_by_fk',
  })
  createdBy?: User;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
