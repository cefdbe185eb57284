import { BADGES, BadgeRule, isStaff, levelFor, Role } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';

interface Counters {
  role: Role;
  reputation: number;
  questions: number;
  answers: number;
  solutions: number;
  helpful: number;
  best_answer: number;
  best_tip: number;
  community_solutions: number;
  /** Badges already held, as `badgeId:communityId` (empty community for the others). */
  held: string[];
}

const STAFF_BADGE = BADGES.find((badge) => badge.rule.kind === 'staff')?.id as string;

/**
 * Awards badges in the transaction of the event that earns them. Earned badges are kept even when
 * their condition is later undone, except the staff badge, which follows the role.
 */
const BATCH = 500;

@Injectable()
export class BadgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Every member, every community they solved something in; idempotent, in batches. */
  async evaluateEveryone(): Promise<void> {
    for (let afterId = '0'; ; ) {
      const rows: { user_id: string; community_ids: string[] }[] = await this.dataSource.query(
        `SELECT u.id AS user_id,
                ARRAY(SELECT DISTINCT q.community_id::text FROM answers a JOIN questions q ON q.solution_answer_id = a.id
                       WHERE a.author_id = u.id) AS community_ids
           FROM users u WHERE u.id > $1 ORDER BY u.id LIMIT $2`,
        [afterId, BATCH],
      );
      if (rows.length === 0) return;
      await this.dataSource.transaction(async (manager) => {
        for (const row of rows) {
          await this.evaluate(manager, row.user_id);
          for (const communityId of row.community_ids) await this.evaluate(manager, row.user_id, communityId);
        }
      });
      afterId = rows[rows.length - 1].user_id;
    }
  }

  async evaluate(manager: EntityManager, userId: string, communityId: string | null = null): Promise<void> {
    const [counters]: Counters[] = await manager.query(
      `SELECT u.role, u.reputation,
         (SELECT count(*) FROM questions WHERE author_id = u.id AND kind = 'QUESTION')::int AS questions,
         (SELECT count(*) FROM answers WHERE author_id = u.id)::int AS answers,
         (SELECT count(*) FROM answers a JOIN questions q ON q.solution_answer_id = a.id WHERE a.author_id = u.id)::int AS solutions,
         ((SELECT COALESCE(sum(helpful_count), 0) FROM answers WHERE author_id = u.id)
          + (SELECT COALESCE(sum(helpful_count), 0) FROM questions WHERE author_id = u.id AND kind = 'USER_TIP'))::int AS helpful,
         (SELECT COALESCE(max(helpful_count), 0) FROM answers WHERE author_id = u.id)::int AS best_answer,
         (SELECT COALESCE(max(helpful_count), 0) FROM questions WHERE author_id = u.id AND kind = 'USER_TIP')::int AS best_tip,
         (SELECT count(*) FROM answers a JOIN questions q ON q.solution_answer_id = a.id
           WHERE a.author_id = u.id AND q.community_id = $2)::int AS community_solutions,
         ARRAY(SELECT badge_id || ':' || COALESCE(community_id::text, '') FROM user_badges WHERE user_id = u.id) AS held
       FROM users u WHERE u.id = $1`,
      [userId, communityId],
    );
    if (!counters) return;
    // Most events change no badge: only what is earned and not yet held costs a write.
    const held = new Set(counters.held);
    for (const badge of BADGES) {
      const perCommunity = badge.rule.kind === 'solutionsInOneCommunity';
      if (held.has(`${badge.id}:${perCommunity ? (communityId ?? '') : ''}`) || !earns(badge.rule, counters)) continue;
      const awarded = await manager.query(
        `INSERT INTO user_badges (user_id, badge_id, community_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
        [userId, badge.id, perCommunity ? communityId : null],
      );
      if (awarded.length > 0) await this.notifications.notifyBadgeEarned(manager, userId, badge.id);
    }
    if (!isStaff(counters.role) && held.has(`${STAFF_BADGE}:`)) {
      await manager.query('DELETE FROM user_badges WHERE user_id = $1 AND badge_id = $2', [userId, STAFF_BADGE]);
    }
  }
}

function earns(rule: BadgeRule, c: Counters): boolean {
  switch (rule.kind) {
    case 'questionsAsked':
      return c.questions >= rule.atLeast;
    case 'answersPosted':
      return c.answers >= rule.atLeast;
    case 'solutions':
      return c.solutions >= rule.atLeast;
    case 'helpfulMarksReceived':
      return c.helpful >= rule.atLeast;
    case 'helpfulMarksOnOneAnswer':
      return c.best_answer >= rule.atLeast;
    case 'helpfulMarksOnOneTip':
      return c.best_tip >= rule.atLeast;
    case 'level':
      return levelFor(c.reputation) >= rule.atLeast;
    case 'solutionsInOneCommunity':
      return c.community_solutions >= rule.atLeast;
    case 'staff':
      return isStaff(c.role);
  }
}
