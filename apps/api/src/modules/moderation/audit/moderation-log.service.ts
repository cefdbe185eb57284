import { MEMBER_FACING_ACTIONS, ModerationActionType, ModerationOutcome, ModerationTargetType } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { parseId } from '../../../core/graphql/parse-id';
import { keysetPage } from '../../../core/pagination/keyset-page';
import { Answer } from '../../answers/answer.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { Target } from '../targets';
import { AuditLogArgs, AuditLogConnection } from './audit-log.dto';
import { ModerationLogEntry } from './moderation-log-entry.entity';

export interface LogEntryInput {
  /** Null for automatic actions. */
  actorId: string | null;
  action: ModerationActionType;
  target?: Target | null;
  /** The member the action concerns (post author, or the member acted on). */
  subjectUserId?: string | null;
  reason?: string | null;
  note?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const MEMBER_HISTORY_SIZE = 50;

/** What the member an action concerns is told, in their inbox. */
const OUTCOME_OF_ACTION: Partial<Record<ModerationActionType, ModerationOutcome>> = {
  [ModerationActionType.HIDE_POST]: ModerationOutcome.POST_HIDDEN,
  [ModerationActionType.AUTO_HIDE_POST]: ModerationOutcome.POST_HIDDEN,
  [ModerationActionType.HOLD_POST]: ModerationOutcome.POST_HELD,
  [ModerationActionType.REMOVE_POST]: ModerationOutcome.POST_REMOVED,
  [ModerationActionType.RESTORE_POST]: ModerationOutcome.POST_RESTORED,
  [ModerationActionType.APPROVE_POST]: ModerationOutcome.POST_RESTORED,
  [ModerationActionType.MERGE_QUESTION]: ModerationOutcome.QUESTION_MERGED,
  [ModerationActionType.WARN_USER]: ModerationOutcome.WARNED,
  [ModerationActionType.SUSPEND_USER]: ModerationOutcome.SUSPENDED,
  [ModerationActionType.REINSTATE_USER]: ModerationOutcome.SUSPENSION_LIFTED,
  [ModerationActionType.GRANT_APPEAL]: ModerationOutcome.APPEAL_GRANTED,
  [ModerationActionType.DENY_APPEAL]: ModerationOutcome.APPEAL_DENIED,
};

@Injectable()
export class ModerationLog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * The one place every moderation outcome goes through: the audit record, which for actions about a
   * member (MEMBER_FACING_ACTIONS) is also what that member is shown with its reason. Notifications
   * to the member hook in here.
   */
  async record(manager: EntityManager, input: LogEntryInput): Promise<ModerationLogEntry> {
    const entry = await manager.save(
      manager.create(ModerationLogEntry, {
        actorId: input.actorId,
        action: input.action,
        targetType: input.target?.type ?? null,
        targetId: input.target?.id ?? null,
        subjectUserId: input.subjectUserId ?? null,
        reason: input.reason ?? null,
        note: input.note ?? null,
        before: input.before ?? null,
        after: input.after ?? null,
      }),
    );
    await this.tellTheMember(manager, input);
    return entry;
  }

  private async tellTheMember(manager: EntityManager, input: LogEntryInput): Promise<void> {
    const outcome = OUTCOME_OF_ACTION[input.action];
    if (!outcome || !input.subjectUserId || input.subjectUserId === input.actorId) return;
    const { type, id } = input.target ?? {};
    const answer = type === ModerationTargetType.ANSWER && id ? await manager.findOne(Answer, { where: { id }, select: { id: true, questionId: true } }) : null;
    await this.notifications.notifyModerationOutcome(manager, input.subjectUserId, {
      outcome,
      moderatorId: input.actorId,
      questionId: answer?.questionId ?? (type === ModerationTargetType.QUESTION ? id : null),
      answerId: answer?.id ?? null,
      note: input.note ?? input.reason ?? null,
    });
  }

  /** Newest first, filtered; for administrators. */
  async list(args: AuditLogArgs): Promise<AuditLogConnection> {
    const query = this.dataSource.getRepository(ModerationLogEntry).createQueryBuilder('l');
    const filter = args.filter ?? {};
    if (filter.actions?.length) query.andWhere('l.action IN (:...actions)', { actions: filter.actions });
    if (filter.actorId)
      query.andWhere('l.actor_id = :actorId', {
        actorId: parseId(filter.actorId, 'actorId'),
      });
    if (filter.subjectUserId)
      query.andWhere('l.subject_user_id = :subjectId', {
        subjectId: parseId(filter.subjectUserId, 'subjectUserId'),
      });
    if (filter.targetType)
      query.andWhere('l.target_type = :targetType', {
        targetType: filter.targetType,
      });
    if (filter.targetId)
      query.andWhere('l.target_id = :targetId', {
        targetId: parseId(filter.targetId, 'targetId'),
      });
    if (filter.since) query.andWhere('l.created_at >= :since', { since: filter.since });
    if (filter.until) query.andWhere('l.created_at < :until', { until: filter.until });
    return keysetPage(query, args, { column: 'l.created_at', order: 'DESC' });
  }

  /** What a member is shown about themselves: warnings, suspensions, and what happened to their posts. */
  aboutMember(userId: string): Promise<ModerationLogEntry[]> {
    return this.dataSource.getRepository(ModerationLogEntry).find({
      where: { subjectUserId: userId, action: In([...MEMBER_FACING_ACTIONS]) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: MEMBER_HISTORY_SIZE,
    });
  }

  /** A member's record for staff reviewing them: every action about them, newest first. */
  history(userId: string, take = 20): Promise<ModerationLogEntry[]> {
    return this.dataSource.getRepository(ModerationLogEntry).find({
      where: { subjectUserId: userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take,
    });
  }
}
