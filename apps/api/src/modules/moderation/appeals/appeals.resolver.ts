import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InvalidatesCacheTags, LeavesAnonymousCache } from '../../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../../core/auth/current-user.decorator';
import { RequestContext } from '../../../core/auth/request-context';
import { SignedIn, StaffOnly } from '../../users/signed-in.guard';
import { User } from '../../users/user.entity';
import { usersById } from '../../users/users.loaders';
import { ModerationLogEntry } from '../audit/moderation-log-entry.entity';
import { AllowedWhileSuspended } from '../../users/write-access';
import { Appeal } from './appeal.entity';
import { AppealInput, ResolveAppealInput } from './appeal.inputs';
import { AppealsService } from './appeals.service';

@Resolver(() => Appeal)
export class AppealsResolver {
  constructor(private readonly appeals: AppealsService) {}

  @SignedIn()
  @AllowedWhileSuspended()
  @LeavesAnonymousCache('An appeal is seen by the member and staff only; granting it (resolveAppeal) is what changes pages.')
  @Mutation(() => Appeal, {
    description: 'Once per action about the viewer (see myModerationActions.canAppeal); allowed while suspended.',
  })
  appealModerationAction(@CurrentUser() member: User, @Args('input') input: AppealInput): Promise<Appeal> {
    return this.appeals.appeal(member, input);
  }

  @StaffOnly()
  @InvalidatesCacheTags()
  @Mutation(() => Appeal, {
    description: 'Grants (reverses the action) or denies an appeal.',
  })
  resolveAppeal(@CurrentUser() staff: User, @Args('input') input: ResolveAppealInput): Promise<Appeal> {
    return this.appeals.resolve(staff, input);
  }

  @ResolveField(() => User)
  appellant(@Parent() appeal: Appeal, @Context() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.get(usersById).load(appeal.appellantId);
  }

  @ResolveField(() => ModerationLogEntry, {
    description: 'The action appealed against.',
  })
  action(@Parent() appeal: Appeal): Promise<ModerationLogEntry> {
    return this.appeals.actionOf(appeal);
  }
}
