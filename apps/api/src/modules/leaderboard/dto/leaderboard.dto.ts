import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '../../users/user.entity';

export enum LeaderboardPeriod {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  ALL_TIME = 'ALL_TIME',
}

registerEnumType(LeaderboardPeriod, { name: 'LeaderboardPeriod', description: 'WEEK and MONTH are the last 7 and 30 days.' });

@ObjectType()
export class LeaderboardEntry {
  @Field(() => Int)
  rank!: number;

  @Field(() => User)
  user!: User;

  @Field(() => Int, { description: 'Points earned in the period (and community), imported reputation aside.' })
  points!: number;
}

@ArgsType()
export class LeaderboardArgs {
  @Field(() => ID, { nullable: true })
  communityId?: string | null;

  @Field(() => LeaderboardPeriod, { defaultValue: LeaderboardPeriod.ALL_TIME })
  period!: LeaderboardPeriod;

  @Field(() => Int, { defaultValue: 20 })
  first!: number;
}
