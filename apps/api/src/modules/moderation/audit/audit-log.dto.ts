import { ModerationActionType, ModerationTargetType } from '@agora/shared';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../core/pagination/page-info.dto';
import '../moderation-enums';
import { ModerationLogEntry } from './moderation-log-entry.entity';

@InputType()
export class AuditLogFilter {
  @Field(() => [ModerationActionType], { nullable: true })
  actions?: ModerationActionType[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The staff member who acted.',
  })
  actorId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The member the action concerns.',
  })
  subjectUserId?: string | null;

  @Field(() => ModerationTargetType, { nullable: true })
  targetType?: ModerationTargetType | null;

  @Field(() => ID, { nullable: true })
  targetId?: string | null;

  @Field(() => Date, { nullable: true })
  since?: Date | null;

  @Field(() => Date, { nullable: true })
  until?: Date | null;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Page size, 1 to 100 (default 20).',
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType()
export class AuditLogEdge {
  @Field()
  cursor!: string;

  @Field(() => ModerationLogEntry)
  node!: ModerationLogEntry;
}

@ObjectType()
export class AuditLogConnection {
  @Field(() => [AuditLogEdge])
  edges!: AuditLogEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
