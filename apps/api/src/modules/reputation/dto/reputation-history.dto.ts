import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../core/pagination/page-info.dto';
import { ReputationEvent } from '../reputation-event.entity';

@ObjectType()
export class ReputationEventEdge {
  @Field()
  cursor!: string;

  @Field(() => ReputationEvent)
  node!: ReputationEvent;
}

@ObjectType()
export class ReputationEventConnection {
  @Field(() => [ReputationEventEdge])
  edges!: ReputationEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
