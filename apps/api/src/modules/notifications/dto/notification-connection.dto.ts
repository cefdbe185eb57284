import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../core/pagination/page-info.dto';
import { Notification } from '../notification.entity';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  unreadOnly?: boolean | null;
}

@ObjectType()
export class NotificationEdge {
  @Field(() => Notification)
  node!: Notification;

  @Field()
  cursor!: string;
}

@ObjectType({ description: 'The inbox, the most recently active first.' })
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges!: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
