import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../core/pagination/page-info.dto';
import { Question } from '../../questions/question.entity';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
}
registerEnumType(SearchSort, { name: 'SearchSort' });

@ObjectType({ description: 'A question or User Tip that matched, with the matched words marked.' })
export class SearchHit {
  @Field(() => Question)
  question!: Question;

  @Field({ description: 'The title as HTML-escaped text with matches wrapped in <mark>.' })
  titleHighlight!: string;

  @Field({ description: 'Fragments of the body around the matches, HTML-escaped, matches in <mark>.' })
  excerpt!: string;

  @Field({ description: 'Relevance as ranked (0 when sorted by date or when only operators were given).' })
  score!: number;
}

@ObjectType()
export class SearchEdge {
  @Field()
  cursor!: string;

  @Field(() => SearchHit)
  node!: SearchHit;
}

@ObjectType()
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges!: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many questions match, counted up to 1,000 (see totalCountIsLowerBound).' })
  totalCount!: number;

  @Field({ description: 'True when more questions match than totalCount says: counting stops at 1,000 to keep a search fast.' })
  totalCountIsLowerBound!: boolean;
}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Words as typed ("quotes", OR, -exclusion) and is:solved, is:unsolved, tag:, community:, user:"Name", before:, after:.' })
  query!: string;

  @Field(() => SearchSort, { defaultValue: SearchSort.RELEVANCE })
  sort!: SearchSort;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class SimilarQuestionsArgs {
  @Field({ description: 'The title being typed in the ask form.' })
  title!: string;

  @Field(() => ID, { nullable: true })
  communityId?: string | null;
}
