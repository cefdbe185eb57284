import { can, isStaff, ModerationTargetType, Privilege, QueueItemKind, ReportReason } from '@agora/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/app-config.token';
import { inTransaction } from '../../../core/database/transaction';
import { badUserInput, forbidden, notFound } from '../../../core/graphql/errors';
import { parseId } from '../../../core/graphql/parse-id';
import { Question } from '../../questions/question.entity';
import { User } from '../../users/user.entity';
import { PostVisibilityService } from '../post-visibility.service';
import { QueueService } from '../queue/queue.service';
import { isHiddenFromPublic, lockPost, lockUser, refOf, Target } from '../targets';
import { ReportInput } from './report.input';
import { Report } from './report.entity';

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: QueueService,
    private readonly visibility: PostVisibilityService,
  ) {}

  /**
   * Once per member and target. Reporting unlocks at level 2, but anyone may report spam. A post
   * reported by enough distinct members is hidden at once, pending review (no points move).
   */
  report(reporter: User, input: ReportInput): Promise<Report> {
    const target = this.targetOf(input);
    if (input.reason !== ReportReason.SPAM && !can(reporter, Privilege.REPORT_POSTS)) {
      throw forbidden('Reporting unlocks at level 2. New members can report spam.');
    }
    if (input.reason === ReportReason.OTHER && !input.note)
      throw badUserInput('Say what is wrong in a note.', {
        note: ['is required with OTHER'],
      });
    const duplicateOfId = input.reason === ReportReason.DUPLICATE ? this.duplicateOf(input) : null;
    return inTransaction(this.dataSource, async (manager) => {
      const subjectId = await this.lockTarget(manager, reporter, target);
      if (duplicateOfId && !(await manager.existsBy(Question, { id: duplicateOfId }))) throw notFound('Question');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Report)
        .values({
          reporterId: reporter.id,
          targetType: target.type,
          targetId: target.id,
          reason: input.reason,
          duplicateOfId,
          note: input.note || null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      if (inserted.raw.length === 0) throw forbidden('You have already reported this.');
      await this.queue.enqueue(manager, QueueItemKind.REPORTED, target);
      await this.hideIfReportedEnough(manager, target, subjectId);
      return manager.findOneByOrFail(Report, { id: inserted.raw[0].id });
    });
  }

  private async hideIfReportedEnough(manager: EntityManager, target: Target, authorId: string): Promise<void> {
    const ref = refOf(target);
    if (!ref) return;
    const [{ reporters }] = await manager.query(
      `SELECT count(DISTINCT reporter_id)::int AS reporters FROM reports WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL`,
      [target.type, target.id],
    );
    if (reporters < this.config.moderation.reportsToHide) return;
    const post = await lockPost(manager, ref);
    const author = await manager.findOneByOrFail(User, { id: authorId });
    // Staff posts are never hidden by member reports; staff still see the reports in the queue.
    if (isHiddenFromPublic(post) || isStaff(author.role)) return;
    await this.visibility.hideForReports(manager, ref, post, reporters);
  }

  /** Locks the target so concurrent reports count one at a time; returns the member it concerns. */
  private async lockTarget(manager: EntityManager, reporter: User, target: Target): Promise<string> {
    const ref = refOf(target);
    if (!ref) {
      const user = await lockUser(manager, target.id);
      if (user.id === reporter.id) throw forbidden('You cannot report yourself.');
      return user.id;
    }
    const post = await lockPost(manager, ref);
    if (post.removedAt && !isStaff(reporter.role)) throw notFound(ref.kind === 'answer' ? 'Answer' : 'Question');
    if (post.authorId === reporter.id) throw forbidden('You cannot report your own post.');
    return post.authorId;
  }

  private targetOf(input: ReportInput): Target {
    const given = [input.questionId, input.answerId, input.userId].filter(Boolean);
    if (given.length !== 1) throw badUserInput('Give exactly one of questionId, answerId and userId.', { questionId: ['give exactly one target'] });
    if (input.questionId)
      return {
        type: ModerationTargetType.QUESTION,
        id: parseId(input.questionId, 'questionId'),
      };
    if (input.answerId)
      return {
        type: ModerationTargetType.ANSWER,
        id: parseId(input.answerId, 'answerId'),
      };
    return {
      type: ModerationTargetType.USER,
      id: parseId(input.userId as string, 'userId'),
    };
  }

  private duplicateOf(input: ReportInput): string {
    if (!input.duplicateOfId)
      throw badUserInput('Say which question this duplicates.', {
        duplicateOfId: ['is required with DUPLICATE'],
      });
    const id = parseId(input.duplicateOfId, 'duplicateOfId');
    if (id === input.questionId)
      throw badUserInput('A question cannot duplicate itself.', {
        duplicateOfId: ['is the reported question'],
      });
    return id;
  }
}
