import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InvalidatesCacheTags } from '../../../core/anonymous-cache/anonymous-cache.decorators';
import { CurrentUser } from '../../../core/auth/current-user.decorator';
import { RequestContext } from '../../../core/auth/request-context';
import { Question } from '../../questions/question.entity';
import { questionsById } from '../../questions/questions.loaders';
import { SignedIn } from '../../users/signed-in.guard';
import { User } from '../../users/user.entity';
import { usersById } from '../../users/users.loaders';
import { ReportInput } from './report.input';
import { Report } from './report.entity';
import { ReportsService } from './reports.service';

@Resolver(() => Report)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @SignedIn()
  @InvalidatesCacheTags()
  @Mutation(() => Report, {
    description: 'Reports a question, User Tip, answer or member; once per member and target.',
  })
  submitReport(@CurrentUser() reporter: User, @Args('input') input: ReportInput): Promise<Report> {
    return this.reports.report(reporter, input);
  }

  /** Reports are read by staff (the queue) and by their reporter (submitReport's answer). */
  @ResolveField(() => User)
  reporter(@Parent() report: Report, @Context() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.get(usersById).load(report.reporterId);
  }

  @ResolveField(() => Question, {
    nullable: true,
    description: 'With DUPLICATE: the original question.',
  })
  duplicateOf(@Parent() report: Report, @Context() ctx: RequestContext): Promise<Question | null> | null {
    return report.duplicateOfId ? ctx.loaders.get(questionsById).load(report.duplicateOfId) : null;
  }
}
