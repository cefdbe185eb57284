import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CacheTagOf } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { readTags } from '../../core/anonymous-cache/read-tags';

@ObjectType({ description: 'A product area, such as "Phones" or "Home Wi-Fi".' })
// Its name and slug are on most pages and never change; its counts (any other field) change with its questions.
@CacheTagOf<Community>((community) => readTags.community(community.id), {
  identity: ['id', 'name', 'slug', 'description', 'createdAt'],
  tagsOf: (community) => [readTags.questionsIn(community.id, 'membership'), readTags.questionsIn(community.id, 'solved')],
})
@Entity({ name: 'communities' })
@Index('communities_slug_key', ['slug'], { unique: true })
export class Community {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'communities_pkey' })
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Field()
  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description!: string;

  /** Order in which communities are listed. */
  @Column({ type: 'integer', default: 0 })
  position!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
