import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { InvalidatesCacheTags } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { RequestContext } from '../../core/auth/request-context';
import { MaybePromise, whenReady } from '../../core/dataloaders/request-loaders';
import { Question } from '../questions/question.entity';
import { questionsById } from '../questions/questions.loaders';
import { SignedIn } from '../users/signed-in.guard';
import { User } from '../users/user.entity';
import { usersById } from '../users/users.loaders';
import { isHiddenForReview, placeholderOf } from '../users/hidden-placeholder';
import { visibleTo, viewerOwnsOrModerates } from '../users/viewer-permissions';
import { AnswerRevision } from './answer-revision.entity';
import { Answer } from './answer.entity';
import { answersByQuestion, viewerHelpfulByAnswer } from './answers.loaders';
import { AnswersService } from './answers.service';
import { EditAnswerInput, PostAnswerInput } from './dto/answer.inputs';

/** Field resolvers take (parent, args, context) undecorated and answer at once when they can: see QuestionsResolver. */
@Resolver(() => Answer)
export class AnswersResolver {
  constructor(private readonly answers: AnswersService) {}

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Answer)
  postAnswer(@CurrentUser() user: User, @Args('input') input: PostAnswerInput): Promise<Answer> {
    return this.answers.post(user, input);
  }

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Answer)
  editAnswer(@CurrentUser() user: User, @Args('input') input: EditAnswerInput): Promise<Answer> {
    return this.answers.edit(user, input);
  }

  @ResolveField(() => User)
  author(answer: Answer, _args: unknown, ctx: RequestContext): MaybePromise<User | null> {
    return ctx.loaders.valueOf(usersById, answer.authorId);
  }

  @ResolveField(() => Question)
  question(answer: Answer, _args: unknown, ctx: RequestContext): Promise<Question | null> {
    return ctx.loaders.get(questionsById).load(answer.questionId);
  }

  @ResolveField(() => Boolean)
  isSolution(answer: Answer, _args: unknown, ctx: RequestContext): MaybePromise<boolean> {
    return whenReady(ctx.loaders.valueOf(questionsById, answer.questionId), (question) => question?.solutionAnswerId === answer.id);
  }

  @ResolveField(() => [AnswerRevision], { description: 'Every version, oldest first.' })
  revisions(answer: Answer): Promise<AnswerRevision[]> {
    return this.answers.revisions(answer.id);
  }

  @ResolveField(() => Boolean)
  viewerHasMarkedHelpful(answer: Answer, _args: unknown, ctx: RequestContext): MaybePromise<boolean> {
    return !!ctx.viewerId && ctx.loaders.valueOf(viewerHelpfulByAnswer, answer.id);
  }

  @ResolveField(() => Boolean, { description: 'Signed in, not the author, and the answer is not hidden.' })
  viewerCanMarkHelpful(answer: Answer, _args: unknown, { viewerId }: RequestContext): boolean {
    return !!viewerId && viewerId !== answer.authorId && !answer.hiddenAt && !answer.removedAt;
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(answer: Answer, _args: unknown, ctx: RequestContext): MaybePromise<boolean> {
    return viewerOwnsOrModerates(ctx, answer.authorId);
  }
}

/** The answers of a question live here so that questions never depend on answers. Undecorated field resolvers: see QuestionsResolver. */
@Resolver(() => Question)
export class QuestionAnswersResolver {
  @ResolveField(() => [Answer], { description: 'The solution first, then the most helpful.' })
  async answers(question: Question, _args: unknown, ctx: RequestContext): Promise<Answer[]> {
    // A question shown to members as a placeholder keeps its answers to itself too.
    if (!(await visibleTo(ctx, question))) return [];
    const answers = await ctx.loaders.get(answersByQuestion).load(question.id);
    if (!answers.some((answer) => answer.removedAt || answer.hiddenAt)) return answers;
    const visible = await Promise.all(answers.map((answer) => visibleTo(ctx, answer)));
    return answers.flatMap((answer, index) => (visible[index] ? [answer] : isHiddenForReview(answer) ? [placeholderOf(answer, { body: '', bodyHtml: '' })] : []));
  }

  @ResolveField(() => Answer, { nullable: true })
  async solution(question: Question, _args: unknown, ctx: RequestContext): Promise<Answer | null> {
    if (!question.solutionAnswerId) return null;
    // Read from the question's answers, which the page loads anyway: one statement serves both fields.
    const answers = await ctx.loaders.get(answersByQuestion).load(question.id);
    const solution = answers.find((answer) => answer.id === question.solutionAnswerId) ?? null;
    return solution && (await visibleTo(ctx, solution)) ? solution : null;
  }
}

@Resolver(() => AnswerRevision)
export class AnswerRevisionResolver {
  @ResolveField(() => User)
  editor(revision: AnswerRevision, _args: unknown, ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.get(usersById).load(revision.editorId);
  }
}

