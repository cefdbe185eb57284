import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LeavesAnonymousCache } from '../../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../../core/auth/current-user.decorator';
import { AdminOnly, StaffOnly } from '../../users/signed-in.guard';
import { User } from '../../users/user.entity';
import { AddWatchedWordInput } from './watched-word.input';
import { WatchedWord } from './watched-word.entity';
import { WatchedWordsService } from './watched-words.service';

@Resolver(() => WatchedWord)
export class WatchedWordsResolver {
  constructor(private readonly words: WatchedWordsService) {}

  @StaffOnly()
  @Query(() => [WatchedWord], {
    description: 'The automatic filter list (staff only; members are only ever told the rule).',
  })
  watchedWords(): Promise<WatchedWord[]> {
    return this.words.list();
  }

  @AdminOnly()
  @LeavesAnonymousCache('Watched words screen posts as they are written; published text does not change.')
  @Mutation(() => WatchedWord)
  addWatchedWord(@CurrentUser() admin: User, @Args('input') input: AddWatchedWordInput): Promise<WatchedWord> {
    return this.words.add(admin, input);
  }

  @AdminOnly()
  @LeavesAnonymousCache('Watched words screen posts as they are written; published text does not change.')
  @Mutation(() => WatchedWord, {
    description: 'Stops watching a word; returns what was removed.',
  })
  removeWatchedWord(@CurrentUser() admin: User, @Args('id', { type: () => ID }) id: string): Promise<WatchedWord> {
    return this.words.remove(admin, id);
  }
}
