import { Args, Context, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { CacheTags, InvalidatesCacheTags, LeavesAnonymousCache } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { ListFacet, readTags } from '../../core/anonymous-cache/read-tags';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { RequestContext } from '../../core/auth/request-context';
import { MaybePromise } from '../../core/dataloaders/request-loaders';
import { parseId } from '../../core/graphql/parse-id';
import { selectsAnyOf } from '../../core/graphql/selected-fields';
import { communitiesById } from '../communities/communities.loaders';
import { Community } from '../communities/community.entity';
import { SignedIn } from '../users/signed-in.guard';
import { User } from '../users/user.entity';
import { usersById } from '../users/users.loaders';
import { isHiddenForReview, placeholderOf } from '../users/hidden-placeholder';
import { visibleTo, viewerOwnsOrModerates } from '../users/viewer-permissions';
import { QuestionConnection, QuestionsArgs } from './dto/question-connection.dto';
import { AskQuestionInput, EditQuestionInput } from './dto/question.inputs';
import { QuestionRevision } from './question-revision.entity';
import { Question } from './question.entity';
import { primeQuestionRelations, questionsById, viewerMeTooByQuestion } from './questions.loaders';
import { QuestionsService } from './questions.service';

/**
 * Field resolvers here take (parent, args, context) as GraphQL passes them, without @Parent() or
 * @Context(): @nestjs/graphql then calls them directly rather than through its pipes and param
 * factories, which cost more than these fields do (dozens of them per question page). They answer
 * at once when the value is known (primed by the page's statements, or false when signed out).
 */
@Resolver(() => Question)
export class QuestionsResolver {
  constructor(private readonly questionsService: QuestionsService) {}

  @CacheTags<{ id: string }>(({ id }) => [readTags.question(parseId(id))]) // even while it does not exist
  @Query(() => Question, { nullable: true })
  async question(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Question | null> {
    const question = await ctx.loaders.get(questionsById).load(parseId(id));
    if (!question) return null;
    if (await visibleTo(ctx, question)) return question;
    return isHiddenForReview(question) ? placeholderOf(question, { title: '', body: '', bodyHtml: '', tags: [] }) : null;
  }

  @CacheTags(listTags)
  @Query(() => QuestionConnection, { description: 'Newest first.' })
  async questions(@Args() args: QuestionsArgs, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<QuestionConnection> {
    const connection = await this.questionsService.list(args, { withText: selectsAnyOf(info, ['edges', 'node'], ['body', 'bodyHtml']) });
    primeQuestionRelations(ctx.loaders, connection.edges.map((edge) => edge.node));
    return connection;
  }

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Question)
  askQuestion(@CurrentUser() user: User, @Args('input') input: AskQuestionInput): Promise<Question> {
    return this.questionsService.ask(user, input);
  }

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Question)
  editQuestion(@CurrentUser() user: User, @Args('input') input: EditQuestionInput): Promise<Question> {
    return this.questionsService.edit(user, input);
  }

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Question, { description: '"I have this question too."' })
  addMeToo(@CurrentUser() user: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.questionsService.addMeToo(user, questionId);
  }

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Question)
  removeMeToo(@CurrentUser() user: User, @Args('questionId', { type: () => ID }) questionId: string): Promise<Question> {
    return this.questionsService.removeMeToo(user, questionId);
  }

  @LeavesAnonymousCache('Only the view count changes: cached pages show it up to the cache TTL late.')
  @Mutation(() => Int, { description: 'Counts a page view; returns the new view count.' })
  recordQuestionView(@Args('questionId', { type: () => ID }) questionId: string): Promise<number> {
    return this.questionsService.recordView(questionId);
  }

  @ResolveField(() => Community)
  community(question: Question, _args: unknown, ctx: RequestContext): MaybePromise<Community | null> {
    return ctx.loaders.valueOf(communitiesById, question.communityId);
  }

  @ResolveField(() => User)
  author(question: Question, _args: unknown, ctx: RequestContext): MaybePromise<User | null> {
    return ctx.loaders.valueOf(usersById, question.authorId);
  }

  @ResolveField(() => Boolean)
  isSolved(question: Question): boolean {
    return question.solutionAnswerId !== null;
  }

  @ResolveField(() => [QuestionRevision], { description: 'Every version, oldest first.' })
  revisions(question: Question): Promise<QuestionRevision[]> {
    return this.questionsService.revisions(question.id);
  }

  @ResolveField(() => Boolean)
  viewerHasMeToo(question: Question, _args: unknown, ctx: RequestContext): MaybePromise<boolean> {
    return !!ctx.viewerId && ctx.loaders.valueOf(viewerMeTooByQuestion, question.id);
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(question: Question, _args: unknown, ctx: RequestContext): MaybePromise<boolean> {
    return viewerOwnsOrModerates(ctx, question.authorId);
  }
}

/**
 * What a list shows depends on which questions pass its filters (their contents tag themselves): any
 * change of membership, and a change of what each filter it uses tests. `olderThanDays` moves with the
 * clock, which no write announces: such lists are up to the cache TTL late.
 */
function listTags(args: QuestionsArgs): string[] {
  const facets: ListFacet[] = ['membership'];
  if (args.answered !== null && args.answered !== undefined) facets.push('answered');
  if (args.solved !== null && args.solved !== undefined) facets.push('solved');
  if (args.tag) facets.push('tags');
  const { communityId, authorId } = args;
  if (communityId) return facets.map((facet) => readTags.questionsIn(parseId(communityId, 'communityId'), facet));
  if (authorId) return facets.map((facet) => readTags.questionsBy(parseId(authorId, 'authorId'), facet));
  return facets.map((facet) => readTags.questionsIn('*', facet));
}

@Resolver(() => QuestionRevision)
export class QuestionRevisionResolver {
  @ResolveField(() => User)
  editor(revision: QuestionRevision, _args: unknown, ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.get(usersById).load(revision.editorId);
  }
}
