import { BadgeTier } from '@agora/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CacheTagOf } from '../../../core/anonymous-cache/anonymous-cache.decorators';
import { readTags } from '../../../core/anonymous-cache/read-tags';
import { Community } from '../../communities/community.entity';

registerEnumType(BadgeTier, { name: 'BadgeTier' });

@ObjectType({ description: 'A badge members can earn.' })
// Its definition is code; who holds it (any other field) changes with every award, wherever it is shown.
@CacheTagOf<Badge>(null, { identity: ['id', 'name', 'tier', 'description'], tagsOf: () => [readTags.badges] })
export class Badge {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => BadgeTier)
  tier!: BadgeTier;

  @Field()
  description!: string;
}

@ObjectType({ description: 'A badge a member holds.' })
export class AwardedBadge {
  @Field(() => Badge)
  badge!: Badge;

  @Field()
  awardedAt!: Date;

  @Field(() => Community, { nullable: true, description: 'For badges earned in one community.' })
  community!: Community | null;

  communityId!: string | null;
  userId!: string;
}
