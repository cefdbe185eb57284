import { levelFor, ModerationOutcome, NotificationType } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { entityRows } from '../../core/database/entity-rows';
import { prepared } from '../../core/database/prepared';
import { AfterCommitPublisher } from '../../core/pubsub/after-commit-publisher';
import { notFound } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';
import { keysetPage } from '../../core/pagination/keyset-page';
import { Answer } from '../answers/answer.entity';
import { Question } from '../questions/question.entity';
import { liveTopics } from '../live/live-topics';
import { NotificationConnection, NotificationsArgs } from './dto/notification-connection.dto';
import { mentionedNames } from './mentions';
import { Notification } from './notification.entity';

interface NotificationDraft {
  type: NotificationType;
  /** Unread notifications of one type with the same key become one row. */
  groupKey: string;
  actorId?: string | null;
  questionId?: string | null;
  answerId?: string | null;
  badgeId?: string | null;
  level?: number | null;
  moderationOutcome?: ModerationOutcome | null;
  moderationNote?: string | null;
}

/**
 * A notification written by a statement of the caller's, so that it costs no statement of its own:
 * `cte` goes in that statement's WITH list, `name.*` (with `LEFT JOIN name ON true`) in its select,
 * and `publish` takes the row the statement returned.
 */
export interface NotificationWithin {
  name: string;
  cte: string;
  /** Announces the notification in `row`, if one was written, once the transaction commits. */
  publish(manager: EntityManager, row: Record<string, unknown>): void;
}

/** A draft's values as SQL: placeholders, or expressions of the statement that writes it. */
type DraftSql = Record<'type' | 'groupKey' | 'questionId' | 'answerId' | 'actorId' | 'badgeId' | 'level' | 'moderationOutcome' | 'moderationNote', string>;

export interface ModerationOutcomeNotice {
  outcome: ModerationOutcome;
  moderatorId?: string | null;
  questionId?: string | null;
  answerId?: string | null;
  note?: string | null;
}

/**
 * Writes notifications in the transaction of the event that causes them (so they exist exactly when
 * the event does), and announces each on `notificationReceived` once that transaction commits.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: AfterCommitPublisher,
  ) {}

  /** The asker hears of each new answer; followers of the thread hear of it as a reply. */
  async notifyAnswerPosted(manager: EntityManager, answer: Answer, question: Question): Promise<void> {
    const subject = { questionId: question.id, answerId: answer.id, actorId: answer.authorId, groupKey: `question:${question.id}` };
    if (question.authorId !== answer.authorId) await this.notify(manager, [question.authorId], { type: NotificationType.NEW_ANSWER, ...subject });
    const followers: { user_id: string }[] = await manager.query(
      'SELECT user_id FROM question_follows WHERE question_id = $1 AND user_id <> ALL($2::bigint[])',
      [question.id, [question.authorId, answer.authorId]],
    );
    await this.notify(manager, followers.map((row) => row.user_id), { type: NotificationType.THREAD_REPLY, ...subject });
    await this.notifyMentions(manager, answer.body, { ...subject, groupKey: `answer:${answer.id}` });
  }

  /** Followers of the community hear of a new question; people it mentions hear of it too. */
  async notifyQuestionAsked(manager: EntityManager, question: Question): Promise<void> {
    const subject = { questionId: question.id, actorId: question.authorId };
    const followers: { user_id: string }[] = await manager.query(
      'SELECT user_id FROM community_follows WHERE community_id = $1 AND user_id <> $2',
      [question.communityId, question.authorId],
    );
    await this.notify(manager, followers.map((row) => row.user_id), {
      type: NotificationType.NEW_QUESTION,
      ...subject,
      groupKey: `community:${question.communityId}`,
    });
    await this.notifyMentions(manager, question.body, { ...subject, groupKey: `question:${question.id}` });
  }

  /**
   * The answer's author hears that `voterId` found it helpful, grouped per answer. Written by the
   * statement that records the mark (see NotificationWithin), which knows the author and the question
   * only as SQL of its own: nothing is written when `authorSql` is null.
   */
  answerHelpfulWithin(name: string, answerId: string, authorSql: string, questionSql: string, voterId: string, param: (value: unknown) => string): NotificationWithin {
    const values: DraftSql = {
      type: `${param(NotificationType.ANSWER_HELPFUL)}::notification_type`,
      groupKey: `${param(`answer:${answerId}`)}::varchar`,
      questionId: questionSql,
      answerId: `${param(answerId)}::bigint`,
      actorId: `${param(voterId)}::bigint`,
      badgeId: 'NULL',
      level: 'NULL',
      moderationOutcome: 'NULL',
      moderationNote: 'NULL',
    };
    return {
      name,
      cte: `${name} AS (${this.upsertSql(`ARRAY[${authorSql}]`, values, name)})`,
      publish: (manager, row) => {
        const notification = entityRows(this.dataSource, Notification).read(row, name);
        if (notification) this.publisher.publish(manager, liveTopics.notificationReceived(notification.recipientId), { notification });
      },
    };
  }

  async notifyAnswerAccepted(manager: EntityManager, answer: Answer, actorId: string): Promise<void> {
    if (answer.authorId === actorId) return;
    await this.notify(manager, [answer.authorId], this.aboutAnswer(NotificationType.ANSWER_ACCEPTED, answer, actorId));
  }

  async notifyAnswerRecommended(manager: EntityManager, answer: Answer, moderatorId: string): Promise<void> {
    if (answer.authorId === moderatorId) return;
    await this.notify(manager, [answer.authorId], this.aboutAnswer(NotificationType.ANSWER_RECOMMENDED, answer, moderatorId));
  }

  /** One statement however many members earned the badge. */
  async notifyBadgeEarned(manager: EntityManager, userIds: string[], badgeId: string): Promise<void> {
    await this.notify(manager, userIds, { type: NotificationType.BADGE_EARNED, groupKey: `badge:${badgeId}`, badgeId });
  }

  /** Called when `gained` points took the user's reputation to `reputation`: tells them when that is a new level. */
  async notifyLevelIfReached(manager: EntityManager, userId: string, reputation: number, gained: number): Promise<void> {
    const level = levelFor(reputation);
    if (gained <= 0 || level <= levelFor(reputation - gained)) return;
    await this.notify(manager, [userId], { type: NotificationType.LEVEL_REACHED, groupKey: `level:${level}`, level });
  }

  /** For moderation: tells a member what was decided about them or their post. */
  async notifyModerationOutcome(manager: EntityManager, userId: string, notice: ModerationOutcomeNotice): Promise<void> {
    const subject = notice.answerId ? `answer:${notice.answerId}` : notice.questionId ? `question:${notice.questionId}` : `user:${userId}`;
    await this.notify(manager, [userId], {
      type: NotificationType.MODERATION_OUTCOME,
      groupKey: `${notice.outcome}:${subject}`,
      actorId: notice.moderatorId,
      questionId: notice.questionId,
      answerId: notice.answerId,
      moderationOutcome: notice.outcome,
      moderationNote: notice.note,
    });
  }

  async list(recipientId: string, args: NotificationsArgs): Promise<NotificationConnection> {
    const query = this.dataSource.getRepository(Notification).createQueryBuilder('n').where('n.recipient_id = :recipientId', { recipientId });
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    return keysetPage(query, args, { column: 'n.updated_at', order: 'DESC', positionOf: (node) => ({ createdAt: node.updatedAt, id: node.id }) });
  }

  unreadCount(recipientId: string): Promise<number> {
    return this.dataSource.getRepository(Notification).createQueryBuilder('n').where('n.recipient_id = :recipientId AND n.read_at IS NULL', { recipientId }).getCount();
  }

  async markRead(recipientId: string, rawId: string): Promise<Notification> {
    const id = parseId(rawId, 'id');
    await this.dataSource.query('UPDATE notifications SET read_at = now() WHERE id = $1 AND recipient_id = $2 AND read_at IS NULL', [id, recipientId]);
    const notification = await this.dataSource.getRepository(Notification).findOneBy({ id, recipientId });
    if (!notification) throw notFound('Notification');
    return notification;
  }

  /** Returns how many were unread. */
  async markAllRead(recipientId: string): Promise<number> {
    const result = await this.dataSource.query('UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL', [recipientId]);
    return result[1];
  }

  private async notifyMentions(manager: EntityManager, markdown: string, draft: Omit<NotificationDraft, 'type'>): Promise<void> {
    const names = mentionedNames(markdown);
    if (names.length === 0) return;
    const users: { id: string }[] = await manager.query(
      'SELECT id FROM users WHERE lower(display_name) = ANY($1::text[]) AND id IS DISTINCT FROM $2',
      [names, draft.actorId ?? null],
    );
    await this.notify(manager, users.map((user) => user.id), { ...draft, type: NotificationType.MENTION });
  }

  private aboutAnswer(type: NotificationType, answer: Answer, actorId: string): NotificationDraft {
    return { type, groupKey: `answer:${answer.id}`, questionId: answer.questionId, answerId: answer.id, actorId };
  }

  /** One statement for all recipients (see `upsertSql`). */
  private async notify(manager: EntityManager, recipientIds: string[], draft: NotificationDraft): Promise<void> {
    if (recipientIds.length === 0) return;
    const values: DraftSql = {
      type: '$2::notification_type',
      groupKey: '$3::varchar',
      questionId: '$4::bigint',
      answerId: '$5::bigint',
      actorId: '$6::bigint',
      badgeId: '$7::varchar',
      level: '$8::int',
      moderationOutcome: '$9::moderation_outcome',
      moderationNote: '$10::text',
    };
    const rows: Record<string, unknown>[] = await manager.query(prepared(this.upsertSql('$1::bigint[]', values, 'n')), [
      [...new Set(recipientIds)],
      draft.type,
      draft.groupKey,
      draft.questionId ?? null,
      draft.answerId ?? null,
      draft.actorId ?? null,
      draft.badgeId ?? null,
      draft.level ?? null,
      draft.moderationOutcome ?? null,
      draft.moderationNote ?? null,
    ]);
    for (const notification of rows.map((row) => entityRows(this.dataSource, Notification).read(row, 'n') as Notification)) {
      this.publisher.publish(manager, liveTopics.notificationReceived(notification.recipientId), { notification });
    }
  }

  /**
   * For each recipient of `recipients` (SQL of a bigint[]; nulls skipped): a new row, or the recipient's
   * unread row of the same group with the actor moved to the end of its list (counted once however
   * often they act). Each value is SQL too, so that another statement can hold this one.
   */
  private upsertSql(recipients: string, v: DraftSql, prefix: string): string {
    return `INSERT INTO notifications (recipient_id, type, group_key, question_id, answer_id, actor_ids, badge_id, level, moderation_outcome, moderation_note)
       SELECT recipient, ${v.type}, ${v.groupKey}, ${v.questionId}, ${v.answerId},
              CASE WHEN ${v.actorId} IS NULL THEN '{}'::bigint[] ELSE ARRAY[${v.actorId}] END,
              ${v.badgeId}, ${v.level}, ${v.moderationOutcome}, ${v.moderationNote}
         FROM unnest(${recipients}) AS recipient
        WHERE recipient IS NOT NULL
       ON CONFLICT (recipient_id, type, group_key) WHERE read_at IS NULL DO UPDATE SET
         actor_ids = array_remove(notifications.actor_ids, EXCLUDED.actor_ids[1]) || EXCLUDED.actor_ids,
         answer_id = COALESCE(EXCLUDED.answer_id, notifications.answer_id),
         moderation_note = COALESCE(EXCLUDED.moderation_note, notifications.moderation_note),
         updated_at = now()
       RETURNING ${entityRows(this.dataSource, Notification).select('notifications', prefix)}`;
  }
}
