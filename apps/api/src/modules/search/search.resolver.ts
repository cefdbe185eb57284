import { Args, Query, Resolver } from '@nestjs/graphql';
import { CacheTags } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { readTags } from '../../core/anonymous-cache/read-tags';
import { Question } from '../questions/question.entity';
import { SearchArgs, SearchConnection, SimilarQuestionsArgs } from './dto/search.dto';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @CacheTags(() => [readTags.search])
  @Query(() => SearchConnection, { description: 'Full-text search over questions, their answers and User Tips.' })
  search(@Args() args: SearchArgs): Promise<SearchConnection> {
    return this.searchService.search(args);
  }

  @CacheTags(() => [readTags.search])
  @Query(() => [Question], { description: 'Up to 5 questions that may already answer the one being asked, solved first.' })
  similarQuestions(@Args() args: SimilarQuestionsArgs): Promise<Question[]> {
    return this.searchService.similar(args);
  }
}
