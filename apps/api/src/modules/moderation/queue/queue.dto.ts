import { ModerationTargetType, QueueItemKind } from '@agora/shared';
import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../core/pagination/page-info.dto';
import '../moderation-enums';
import { QueueItem } from './queue-item.entity';

@InputType()
export class ModerationQueueFilter {
  @Field(() => [QueueItemKind], { nullable: true })
  kinds?: QueueItemKind[] | null;

  @Field(() => ModerationTargetType, { nullable: true })
  targetType?: ModerationTargetType | null;
}

@ArgsType()
export class ModerationQueueArgs {
  @Field(() => ModerationQueueFilter, { nullable: true })
  filter?: ModerationQueueFilter | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Page size, 1 to 100 (default 20).',
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType()
export class ModerationQueueEdge {
  @Field()
  cursor!: string;

  @Field(() => QueueItem)
  node!: QueueItem;
}

@ObjectType()
export class ModerationQueueConnection {
  @Field(() => [ModerationQueueEdge])
  edges!: ModerationQueueEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
