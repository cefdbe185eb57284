import { isStaff, isSuspended } from '@agora/shared';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InvalidatesCacheTags, LeavesAnonymousCache } from '../../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../../core/auth/current-user.decorator';
import { RequestContext } from '../../../core/auth/request-context';
import { StaffOnly } from '../../users/signed-in.guard';
import { User } from '../../users/user.entity';
import { usersById } from '../../users/users.loaders';
import { ReinstateUserInput, SuspendUserInput, WarnUserInput } from './suspension.inputs';
import { SuspensionsService } from './suspensions.service';

@Resolver(() => User)
export class SuspensionsResolver {
  constructor(private readonly suspensions: SuspensionsService) {}

  @StaffOnly()
  @LeavesAnonymousCache('A warning is shown to the member and staff only.')
  @Mutation(() => User, {
    description: 'A warning the member sees in myModerationActions.',
  })
  warnUser(@CurrentUser() staff: User, @Args('input') input: WarnUserInput): Promise<User> {
    return this.suspensions.warn(staff, input);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => User, {
    description: 'Until then the member can read and appeal, but not post, vote or report.',
  })
  suspendUser(@CurrentUser() staff: User, @Args('input') input: SuspendUserInput): Promise<User> {
    return this.suspensions.suspend(staff, input);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => User, { description: 'Ends a suspension now.' })
  reinstateUser(@CurrentUser() staff: User, @Args('input') input: ReinstateUserInput): Promise<User> {
    return this.suspensions.reinstate(staff, input);
  }

  @StaffOnly()
  @LeavesAnonymousCache('Only the moderation queue changes.')
  @Mutation(() => User, {
    description: 'Closes the reports about a member without acting on them.',
  })
  dismissUserReports(@CurrentUser() staff: User, @Args('input') input: ReinstateUserInput): Promise<User> {
    return this.suspensions.dismissReports(staff, input);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'While suspended; shown to the member and to staff only.',
  })
  async suspendedUntil(@Parent() user: User, @Context() ctx: RequestContext): Promise<Date | null> {
    return isSuspended(user) && (await this.selfOrStaff(user, ctx)) ? user.suspendedUntil : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'While suspended; shown to the member and to staff only.',
  })
  async suspensionReason(@Parent() user: User, @Context() ctx: RequestContext): Promise<string | null> {
    return isSuspended(user) && (await this.selfOrStaff(user, ctx)) ? user.suspensionReason : null;
  }

  private async selfOrStaff(user: User, ctx: RequestContext): Promise<boolean> {
    if (!ctx.viewerId) return false;
    if (ctx.viewerId === user.id) return true;
    const viewer = await ctx.loaders.get(usersById).load(ctx.viewerId);
    return !!viewer && isStaff(viewer.role);
  }
}
