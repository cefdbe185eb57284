import { PostKind } from '@agora/shared';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../core/pagination/page-info.dto';
import { Question } from '../question.entity';

@ObjectType()
export class QuestionEdge {
  @Field()
  cursor!: string;

  @Field(() => Question)
  node!: Question;
}

@ObjectType()
export class QuestionConnection {
  @Field(() => [QuestionEdge])
  edges!: QuestionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

export enum QuestionOrder {
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
}
registerEnumType(QuestionOrder, { name: 'QuestionOrder' });

@ArgsType()
export class QuestionsArgs {
  @Field(() => ID, { nullable: true })
  communityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the questions this user asked.' })
  authorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: solved only; false: unsolved only.' })
  solved?: boolean | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => PostKind, { nullable: true, defaultValue: PostKind.QUESTION, description: 'Questions, or User Tips.' })
  kind?: PostKind | null;

  @Field(() => Boolean, { nullable: true, description: 'false: the unanswered queue (no answer yet).' })
  answered?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only questions asked at least this many days ago (with solved: false, the "no solution after 7 days" list).' })
  olderThanDays?: number | null;

  @Field(() => QuestionOrder, { nullable: true, defaultValue: QuestionOrder.NEWEST, description: 'Queues read oldest first.' })
  order?: QuestionOrder | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}
