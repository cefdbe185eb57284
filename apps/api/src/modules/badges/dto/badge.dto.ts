import { BadgeTier } from '@agora/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Community } from '../../communities/community.entity';

registerEnumType(BadgeTier, { name: 'BadgeTier' });

@ObjectType({ description: 'A badge members can earn.' })
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
