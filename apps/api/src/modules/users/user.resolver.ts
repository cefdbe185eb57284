import { isStaff, levelFor, nextLevelAt } from '@agora/shared';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CacheTags, InvalidatesCacheTags, LeavesAnonymousCache } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { readTags } from '../../core/anonymous-cache/read-tags';
import { ViewerId } from '../../core/auth/current-user.decorator';
import { RequestContext } from '../../core/auth/request-context';
import { parseId } from '../../core/graphql/parse-id';
import { AuthPayload } from './dto/auth-payload.dto';
import { SignInInput, SignUpInput } from './dto/sign-up.input';
import { User } from './user.entity';
import { activityCountsByUser, usersById } from './users.loaders';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly users: UsersService) {}

  @InvalidatesCacheTags()
  @Mutation(() => AuthPayload)
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: RequestContext): Promise<AuthPayload> {
    return actAs(ctx, await this.users.signUp(input));
  }

  @LeavesAnonymousCache('Signing in changes no data.')
  @Mutation(() => AuthPayload)
  async signIn(@Args('input') input: SignInInput, @Context() ctx: RequestContext): Promise<AuthPayload> {
    return actAs(ctx, await this.users.signIn(input));
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Context() ctx: RequestContext): Promise<User | null> {
    return ctx.viewerId ? ctx.loaders.get(usersById).load(ctx.viewerId) : Promise.resolve(null);
  }

  @CacheTags<{ id: string }>(({ id }) => [readTags.user(parseId(id))]) // even while it does not exist
  @Query(() => User, { nullable: true })
  user(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.get(usersById).load(parseId(id));
  }

  @ResolveField(() => String, { nullable: true, description: 'Visible to the user and to staff only.' })
  async email(@Parent() user: User, @Context() ctx: RequestContext, @ViewerId() viewerId: string | null) {
    if (!viewerId) return null;
    if (viewerId === user.id) return user.email;
    const viewer = await ctx.loaders.get(usersById).load(viewerId);
    return viewer && isStaff(viewer.role) ? user.email : null;
  }

  @ResolveField(() => Int, { description: 'From 1 to 10, set by reputation.' })
  /** Undecorated parent, called directly (a page shows a level per author): see QuestionsResolver. */
  level(user: User): number {
    return levelFor(user.reputation);
  }

  @ResolveField(() => Int, { nullable: true, description: 'The reputation where the next level starts; null at level 10.' })
  nextLevelAt(user: User): number | null {
    return nextLevelAt(user.reputation);
  }

  @ResolveField(() => Int)
  async questionCount(@Parent() user: User, @Context() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.get(activityCountsByUser).load(user.id)).questions;
  }

  @ResolveField(() => Int)
  async answerCount(@Parent() user: User, @Context() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.get(activityCountsByUser).load(user.id)).answers;
  }

  @ResolveField(() => Int, { description: 'Helpful marks received on answers and User Tips.' })
  async helpfulCount(@Parent() user: User, @Context() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.get(activityCountsByUser).load(user.id)).helpfulReceived;
  }

  @ResolveField(() => Int, { description: 'Answers of this user accepted as the solution.' })
  async solutionCount(@Parent() user: User, @Context() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.get(activityCountsByUser).load(user.id)).solutions;
  }
}

/** The rest of a sign-in response is resolved as the person who just proved who they are (their email, say). */
function actAs(ctx: RequestContext, payload: AuthPayload): AuthPayload {
  ctx.viewerId = payload.user.id;
  return payload;
}
